import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

const seeded = [
  { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
  { id: 'c3', parentId: null, title: '加强自身建设' },
]

test.describe('keys go where the user clicked, also right after a run of new items', () => {
  for (const end of ['Escape', 'Enter'] as const) {
    for (const delay of [0, 30]) {
      test(`a run ended with ${end}, a heading clicked at once, Enter and typing (keys ${delay} ms apart) land in its body`, async ({
        page,
      }) => {
        const plan = new PlanPage(page)
        await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
        await plan.row('三、加强自身建设').click()
        const keyboard = page.keyboard
        // A run of new items from the last chapter, ended on an empty new title.
        await keyboard.press('Enter')
        await keyboard.type('新增第四章', { delay })
        await keyboard.press('Enter')
        await keyboard.type('新增第五章', { delay })
        await keyboard.press('Enter')
        await keyboard.press(end)
        // At once, before the run's focus effects have settled: a heading in the document.
        await plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }).click()
        await keyboard.press('Enter')
        await keyboard.type('团结动员广大职工', { delay })
        const section = plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' })
        await expect(section.locator('.body-text')).toHaveText('团结动员广大职工')
        await plan.waitSaved()
        await expect
          .poll(() => plan.treeLines())
          .toEqual([
            '一、凝聚职工智慧力量',
            '二、维护职工合法权益',
            '三、加强自身建设',
            '四、新增第四章',
            '五、新增第五章',
          ])
        await page.reload()
        await expect(
          plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' }).locator('.body-text'),
        ).toHaveText('团结动员广大职工')
      })
    }
  }

  test('a heading clicked while a run is still open (an empty new title) takes the keys', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
    await plan.row('三、加强自身建设').click()
    await page.keyboard.press('Enter')
    await page.keyboard.type('新增第四章')
    await page.keyboard.press('Enter')
    // The new empty title is open in the tree; the user clicks a heading in the document.
    await plan.document.getByRole('heading', { name: '二、维护职工合法权益' }).click()
    await page.keyboard.press('Enter')
    await page.keyboard.type('依法维权')
    const section = plan.document.getByRole('region', { name: '二、维护职工合法权益' })
    await expect(section.locator('.body-text')).toHaveText('依法维权')
    // The empty new item went again, leaving the one with a title.
    await expect
      .poll(() => plan.treeLines())
      .toEqual([
        '一、凝聚职工智慧力量',
        '二、维护职工合法权益',
        '三、加强自身建设',
        '四、新增第四章',
      ])
  })

  test('Enter in the tree, then a click elsewhere before the new title opens: the click wins', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
    await plan.row('三、加强自身建设').click()
    const heading = plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' })
    // The click is sent right behind the Enter, while the new item is still being written.
    await Promise.all([page.keyboard.press('Enter'), heading.click()])
    await page.keyboard.press('Enter')
    await page.keyboard.type('团结动员')
    const section = plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' })
    await expect(section.locator('.body-text')).toHaveText('团结动员')
    await plan.waitSaved()
    // Either the new item's title opened before the click (and the click closed it, empty) or
    // it never opened: no empty item is left either way.
    await expect
      .poll(() => plan.treeLines())
      .toEqual(['一、凝聚职工智慧力量', '二、维护职工合法权益', '三、加强自身建设'])
  })

  test('a body clicked right after a run ends takes the keys', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
    await plan.row('三、加强自身建设').click()
    await page.keyboard.press('Enter')
    await page.keyboard.type('新增第四章')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    const section = plan.document.getByRole('region', { name: '二、维护职工合法权益' })
    await section.getByText('点击输入正文…').click()
    await page.keyboard.type('依法维权')
    await expect(section.locator('.body-text')).toHaveText('依法维权')
    await expect.poll(() => plan.treeLines()).toHaveLength(4)
  })
})

// On a slow machine (CPU throttled 6×) the run's new item is still on its way when the heading
// is clicked: its title field must not take focus from the clicked place once it mounts, and the
// keys caught for it (its Escape, its title) must not be replayed into the clicked heading.
test('on a slow machine, a heading clicked while the run is still opening owns the keys', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
  await plan.row('三、加强自身建设').click()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  const keyboard = page.keyboard
  await keyboard.press('Enter')
  await keyboard.type('新增第四章')
  await keyboard.press('Enter')
  await keyboard.type('新增第五章')
  await keyboard.press('Enter')
  await keyboard.press('Escape')
  await plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }).click()
  await keyboard.press('Enter')
  await keyboard.type('团结动员广大职工')
  const section = plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' })
  await expect(section.locator('.body-text')).toHaveText('团结动员广大职工')
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await plan.waitSaved()
  // No stray chapter from a key that went to the tree; the first chapter's title untouched.
  const lines = await plan.treeLines()
  expect(lines.slice(0, 3)).toEqual([
    '一、凝聚职工智慧力量',
    '二、维护职工合法权益',
    '三、加强自身建设',
  ])
  expect(lines.filter((line) => line.includes('团结'))).toEqual([])
})
