import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

test('a row clicked right after two Alt+↑ moves owns the keys: Enter adds the new chapter after it', async ({
  page,
}) => {
  await seedPlan(page, { id: 'p1', title: '点击' }, [
    { id: 'A', parentId: null, title: '甲章' },
    { id: 'B', parentId: null, title: '乙章' },
    { id: 'C', parentId: null, title: '丙章' },
    { id: 'D', parentId: null, title: '丁章' },
  ])
  const plan = new PlanPage(page)
  await plan.row('三、丙章').click()
  await page.keyboard.press('Alt+ArrowUp')
  await plan.row('四、丁章').click()
  await page.keyboard.press('Alt+ArrowUp')
  await expect
    .poll(() => plan.treeLines())
    .toEqual(['一、甲章', '二、丙章', '三、丁章', '四、乙章'])
  await plan.row('一、甲章').click()
  await page.keyboard.press('Enter')
  await page.keyboard.type('新章')
  await page.keyboard.press('Escape')
  await expect
    .poll(() => plan.treeLines())
    .toEqual(['一、甲章', '二、新章', '三、丙章', '四、丁章', '五、乙章'])
})
