import { expect, test, type Locator, type Page } from '@playwright/test'
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

/** Throttle the CPU 6× (a slow office PC) until `slow` ends. */
async function onSlowMachine(page: Page, slow: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  try {
    await slow()
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  }
}

/** 2,000 items under one chapter, each with a body: a plan whose document is still loading when
 * the user acts at once. */
function twoThousandUnder(parentId: string) {
  return Array.from({ length: 2000 }, (_, index) => ({
    id: `s${index}`,
    parentId,
    title: `第${index + 1}项`,
    body: '深入开展劳动和技能竞赛，引导职工建功立业，切实维护职工合法权益。',
  }))
}

/** Open the plan from the library, so its document starts loading now. */
async function openFromLibrary(page: Page) {
  await page.goto('/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  await page.goto('/#/plan/p')
}

/** What `check` asserts holds now, and again after a reload: it was stored. */
async function holdsAfterReload(page: Page, plan: PlanPage, check: () => Promise<void>) {
  await check()
  await plan.waitSaved()
  await page.reload()
  await check()
}

/** Where a heading is, measured before the race: the click then goes out with no waiting. */
async function centreRight(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not shown')
  return { x: box.x + box.width - 10, y: box.y + box.height / 2 }
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

  test('two new items typed with Enter between, a heading clicked at once: both keep their titles', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
    await plan.row('三、加强自身建设').click()
    const heading = plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' })
    const at = await centreRight(heading)
    await onSlowMachine(page, async () => {
      await page.keyboard.press('Enter')
      await page.keyboard.type('新增第四章')
      await page.keyboard.press('Enter')
      await page.keyboard.type('新增第五章')
      await page.mouse.click(at.x, at.y)
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      await page.keyboard.press('Enter')
      await page.keyboard.type('团结动员')
    })
    const section = plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' })
    await expect(section.locator('.body-text')).toHaveText('团结动员')
    const lines = [
      '一、凝聚职工智慧力量',
      '二、维护职工合法权益',
      '三、加强自身建设',
      '四、新增第四章',
      '五、新增第五章',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(lines)
    await plan.waitSaved()
    await page.reload()
    await expect.poll(() => plan.treeLines()).toEqual(lines)
    await expect(
      plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' }).locator('.body-text'),
    ).toHaveText('团结动员')
    expect(await storedTitles(page)).toEqual(
      ['凝聚职工智慧力量', '维护职工合法权益', '加强自身建设', '新增第四章', '新增第五章'].sort(),
    )
  })

  test('in the document: Ctrl+Enter, a title typed, another heading clicked at once', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
    const third = plan.document.getByRole('region', { name: '三、加强自身建设' })
    await third.getByText('点击输入正文…').click()
    await expect(third.getByRole('textbox').last()).toBeFocused()
    const at = await centreRight(
      plan.document.getByRole('heading', { name: '二、维护职工合法权益' }),
    )
    await onSlowMachine(page, async () => {
      await page.keyboard.press('Control+Enter')
      await page.keyboard.type('新增第四章')
      await page.mouse.click(at.x, at.y)
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      await page.keyboard.type('和利益')
    })
    await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toHaveValue(
      '维护职工合法权益和利益',
    )
    const lines = [
      '一、凝聚职工智慧力量',
      '二、维护职工合法权益和利益',
      '三、加强自身建设',
      '四、新增第四章',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(lines)
    await plan.waitSaved()
    await page.reload()
    await expect.poll(() => plan.treeLines()).toEqual(lines)
    expect(await storedTitles(page)).toEqual(
      ['凝聚职工智慧力量', '维护职工合法权益和利益', '加强自身建设', '新增第四章'].sort(),
    )
  })
})

/** What the document shows of an item's body (after a reload: what was stored). */
function bodyOf(plan: PlanPage, line: string): Locator {
  return plan.document.getByRole('region', { name: line }).locator('.body-text')
}

/** Typing as users type: at full speed, or an IME committing the text in one go. */
const typings = {
  'typed at 0 ms': (page: Page, text: string) => page.keyboard.type(text),
  'committed by an IME': (page: Page, text: string) => page.keyboard.insertText(text),
}

// On a slow machine the body opened by Ctrl+Enter (tree) or Enter (document heading) takes a
// moment to be there; the user types at once and clicks another heading at once: what was typed
// before the click is that body's, what follows the click is the clicked heading's.
test.describe('keys typed for a body still opening stay with it after a click elsewhere', () => {
  const lines = ['一、凝聚职工智慧力量和创造活力', '二、维护职工合法权益', '三、加强自身建设']
  const clickedTitle = '凝聚职工智慧力量和创造活力'

  for (const [how, typeText] of Object.entries(typings)) {
    test(`Ctrl+Enter in the tree, the body ${how}, a heading clicked at once, more typed`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
      await plan.row('三、加强自身建设').click()
      const at = await centreRight(
        plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }),
      )
      await onSlowMachine(page, async () => {
        await page.keyboard.press('Control+Enter')
        await typeText(page, '落实经费保障')
        await page.mouse.click(at.x, at.y)
        await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
        await typeText(page, '和创造活力')
      })
      await expectBodyAndTitle(plan, '落实经费保障')
    })

    test(`Enter in a document heading, the body ${how}, another heading clicked at once, more typed`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
      await plan.document.getByRole('heading', { name: '三、加强自身建设' }).click()
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      const at = await centreRight(
        plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }),
      )
      await onSlowMachine(page, async () => {
        await page.keyboard.press('Enter')
        await typeText(page, '落实经费保障')
        await page.mouse.click(at.x, at.y)
        await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
        await typeText(page, '和创造活力')
      })
      await expectBodyAndTitle(plan, '落实经费保障')
    })

    test(`a new item in the document: its title, Enter, its body ${how}, a heading clicked at once`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
      const third = plan.document.getByRole('region', { name: '三、加强自身建设' })
      await third.getByText('点击输入正文…').click()
      await expect(third.getByRole('textbox').last()).toBeFocused()
      const at = await centreRight(
        plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }),
      )
      await onSlowMachine(page, async () => {
        await page.keyboard.press('Control+Enter')
        await typeText(page, '新增第四章')
        await page.keyboard.press('Enter')
        await typeText(page, '第四章正文')
        await page.mouse.click(at.x, at.y)
        await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
        await typeText(page, '和创造活力')
      })
      const withFourth = [...lines, '四、新增第四章']
      const check = async () => {
        await expect.poll(() => plan.treeLines()).toEqual(withFourth)
        await expect(bodyOf(plan, '四、新增第四章')).toHaveText('第四章正文')
        await expect(bodyOf(plan, lines[0])).not.toContainText('第四章正文')
      }
      await check()
      await plan.waitSaved()
      await page.reload()
      await check()
    })
  }

  test('Backspace typed for the body before the click: the body gets the net text', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, seeded)
    await plan.row('三、加强自身建设').click()
    const at = await centreRight(
      plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }),
    )
    await onSlowMachine(page, async () => {
      await page.keyboard.press('Control+Enter')
      await page.keyboard.type('落实经费保障制度')
      await page.keyboard.press('Backspace')
      await page.keyboard.press('Backspace')
      await page.mouse.click(at.x, at.y)
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      await page.keyboard.type('和创造活力')
    })
    await expectBodyAndTitle(plan, '落实经费保障')
  })

  // A plan large enough that its document is still loading when the user acts at once: 2,000
  // items under the third chapter, each with a body.
  const large = [...seeded, ...twoThousandUnder('c3')]

  for (const [how, typeText] of Object.entries(typings))
    test(`the plan document still loading: Ctrl+Enter at once, the body ${how}`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, large)
      await onSlowMachine(page, async () => {
        await openFromLibrary(page)
        await plan.row('三、加强自身建设').click()
        await page.keyboard.press('Control+Enter')
        await typeText(page, '落实经费保障')
        await page.keyboard.insertText('，强化监督')
      })
      await expect(bodyOf(plan, '三、加强自身建设')).toHaveText('落实经费保障，强化监督')
      await plan.waitSaved()
      await page.reload()
      await expect(bodyOf(plan, '三、加强自身建设')).toHaveText('落实经费保障，强化监督')
    })

  test('the plan document still loading: Ctrl+Enter at once, typed, a heading clicked at once', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, large)
    await onSlowMachine(page, async () => {
      await openFromLibrary(page)
      await plan.row('三、加强自身建设').click()
      // The heading is there with the outline; the click goes out as soon as it is found.
      const at = await centreRight(
        plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }),
      )
      await page.keyboard.press('Control+Enter')
      await page.keyboard.type('落实经费保障')
      await page.mouse.click(at.x, at.y)
      await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      await page.keyboard.type('和创造活力')
    })
    const title = plan.document.getByRole('textbox', { name: '条目标题' })
    await expect(title).toHaveValue('凝聚职工智慧力量和创造活力')
    const check = async () => {
      await expect(plan.row('一、凝聚职工智慧力量和创造活力')).toBeVisible()
      await expect(bodyOf(plan, '三、加强自身建设')).toHaveText('落实经费保障')
      await expect(bodyOf(plan, '一、凝聚职工智慧力量和创造活力')).not.toContainText('落实')
    }
    await check()
    await plan.waitSaved()
    await page.reload()
    await check()
  })

  /** The body typed before the click is item three's; the keys after it, item one's title. */
  async function expectBodyAndTitle(plan: PlanPage, body: string) {
    await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toHaveValue(clickedTitle)
    const check = async () => {
      await expect.poll(() => plan.treeLines()).toEqual(lines)
      await expect(bodyOf(plan, '三、加强自身建设')).toHaveText(body)
      await expect(bodyOf(plan, lines[0])).not.toContainText(body)
    }
    await check()
    await plan.waitSaved()
    await plan.page.reload()
    await check()
  }
})

// Enter in a heading opens its body with the caret at the start; Ctrl+End pressed at once, while
// the plan's document is still loading (a page just opened) and the body cannot open yet, must
// still take the caret to the end. It did not: the text went in at the start, falsifying the
// order of what the user wrote (crash-safety.spec in CI).
test.describe('a body clicked, or Ctrl+End pressed, while the plan document loads', () => {
  const plan2000 = [
    { id: 'c1', parentId: null, title: '凝聚职工智慧力量', body: '第一段\n第二段' },
    { id: 'c2', parentId: null, title: '维护职工合法权益' },
    ...twoThousandUnder('c2'),
  ]
  const paragraphs = (plan: PlanPage) =>
    plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' }).locator('.body-text p')

  /** The plan opened afresh (its document loads now), its first heading clicked at once. */
  async function clickFirstHeadingAtOnce(page: Page, plan: PlanPage) {
    await openFromLibrary(page)
    await plan.document.getByRole('heading', { name: '一、凝聚职工智慧力量' }).click()
  }

  for (const [how, typeText] of Object.entries(typings))
    test(`Enter in its heading, Ctrl+End at once, then text ${how}: the text goes at the end`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, plan2000)
      await onSlowMachine(page, async () => {
        await clickFirstHeadingAtOnce(page, plan)
        await page.keyboard.press('Enter')
        await page.keyboard.press('Control+End')
        await typeText(page, '补充')
      })
      await holdsAfterReload(page, plan, () =>
        expect(paragraphs(plan)).toHaveText(['第一段', '第二段补充']),
      )
    })

  test('Enter in its heading, Ctrl+End, typed, another place clicked at once: the text is at the end', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, plan2000)
    await onSlowMachine(page, async () => {
      await clickFirstHeadingAtOnce(page, plan)
      const at = await centreRight(
        plan.document.getByRole('heading', { name: '二、维护职工合法权益' }),
      )
      await page.keyboard.press('Enter')
      await page.keyboard.press('Control+End')
      await page.keyboard.type('补充')
      await page.mouse.click(at.x, at.y)
    })
    await holdsAfterReload(page, plan, () =>
      expect(paragraphs(plan)).toHaveText(['第一段', '第二段补充']),
    )
  })

  /** A point on the left half of character `index` of a paragraph: a click puts the caret before it. */
  async function beforeCharacter(paragraph: Locator, index: number) {
    return paragraph.evaluate((p, at) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      let remaining = at
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0
        if (remaining < length) {
          const range = document.createRange()
          range.setStart(node, remaining)
          range.setEnd(node, remaining + 1)
          const box = range.getBoundingClientRect()
          return { x: box.left + 2, y: box.top + box.height / 2 }
        }
        remaining -= length
      }
      throw new Error('no such character')
    }, index)
  }

  for (const [how, typeText] of Object.entries(typings))
    test(`a click inside its text, then text ${how} at once: the text goes where clicked`, async ({
      page,
    }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '焦点测试计划' }, plan2000)
      await onSlowMachine(page, async () => {
        await openFromLibrary(page)
        const at = await beforeCharacter(paragraphs(plan).nth(1), 2)
        await page.mouse.click(at.x, at.y)
        await typeText(page, '一')
        await page.keyboard.press('Shift+Enter')
        await typeText(page, '二')
        await page.keyboard.press('Enter')
        await typeText(page, '第三')
      })
      await holdsAfterReload(page, plan, async () => {
        await expect(paragraphs(plan)).toHaveText(['第一段', '第二一二', '第三段'])
        // Shift+Enter: a line break within the paragraph, not a new one.
        await expect(paragraphs(plan).nth(1).locator('br')).toHaveCount(1)
      })
    })

  test('a click inside its text, typed, another heading clicked at once: the text is where clicked', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '焦点测试计划' }, plan2000)
    await onSlowMachine(page, async () => {
      await openFromLibrary(page)
      const at = await beforeCharacter(paragraphs(plan).nth(0), 1)
      const heading = await centreRight(
        plan.document.getByRole('heading', { name: '二、维护职工合法权益' }),
      )
      await page.mouse.click(at.x, at.y)
      await page.keyboard.type('（插入）')
      await page.mouse.click(heading.x, heading.y)
    })
    await holdsAfterReload(page, plan, () =>
      expect(paragraphs(plan)).toHaveText(['第（插入）一段', '第二段']),
    )
  })
})
