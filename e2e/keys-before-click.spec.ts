import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { readDatabase } from './fixtures/readDatabase'
import { seedPlan } from './fixtures/seedPlan'

const seeded = [
  { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
  { id: 'c3', parentId: null, title: '加强自身建设' },
]

/** The titles IndexedDB holds for the plan, in no particular order. */
async function storedTitles(page: Page): Promise<string[]> {
  const { nodes } = await readDatabase(page)
  return (nodes as { planId: string; title: string }[])
    .filter((node) => node.planId === 'p')
    .map((node) => node.title)
    .sort()
}

// On a slow machine (CPU throttled 6×) the new item's title field is still on its way when the
// user, who typed its title at full speed, clicks a heading in the document: the title typed
// before the click is the new item's (the key catcher held it), what is typed after the click is
// the heading's.
test.describe('keys typed before a click stay with the new item they were typed for', () => {
  for (const delay of [0, 30]) {
    test(`Enter, a title typed (${delay} ms apart), a heading clicked at once, more typed`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
      await plan.row('三、加强自身建设').click()
      const heading = plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' })
      // Where the heading is, measured first: the click then goes out at once, with no waiting.
      const box = await heading.boundingBox()
      if (!box) throw new Error('heading not shown')
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
      const keyboard = page.keyboard
      await keyboard.press('Enter')
      await keyboard.type('新增第四章', { delay })
      await page.mouse.click(box.x + box.width - 10, box.y + box.height / 2)
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      await keyboard.type('和创造活力', { delay })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toHaveValue(
        '凝聚职工智慧力量和创造活力',
      )
      await expect
        .poll(() => plan.treeLines())
        .toEqual([
          '一、凝聚职工智慧力量和创造活力',
          '二、维护职工合法权益',
          '三、加强自身建设',
          '四、新增第四章',
        ])
      await plan.waitSaved()
      await page.reload()
      await expect
        .poll(() => plan.treeLines())
        .toEqual([
          '一、凝聚职工智慧力量和创造活力',
          '二、维护职工合法权益',
          '三、加强自身建设',
          '四、新增第四章',
        ])
      expect(await storedTitles(page)).toEqual(
        ['凝聚职工智慧力量和创造活力', '维护职工合法权益', '加强自身建设', '新增第四章'].sort(),
      )
    })
  }
})
