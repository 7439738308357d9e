import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan, type SeedNode } from './fixtures/seedPlan'
import { expectOutline, reopenPlan, seedChapterLines, seedChapters } from './fixtures/seedOutline'

/** How a title reaches the page: keys at full speed, keys 30 ms apart, or one IME commit. */
const writers = {
  'keys at 0 ms': (page: Page, text: string) => page.keyboard.type(text),
  'keys at 30 ms': (page: Page, text: string) => page.keyboard.type(text, { delay: 30 }),
  'IME commits': (page: Page, text: string) => page.keyboard.insertText(text),
}

const seeded: SeedNode[] = [
  { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
  { id: 'c1a', parentId: 'c1', title: '深化劳动竞赛活动' },
  { id: 'c1b', parentId: 'c1', title: '提升技术创新能力', body: '大力开展合理化建议活动。' },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
  { id: 'c2a', parentId: 'c2', title: '着力源头参与' },
]
const seededLines = [
  '一、凝聚职工智慧力量',
  '（一）深化劳动竞赛活动',
  '（二）提升技术创新能力',
  '二、维护职工合法权益',
  '（一）着力源头参与',
]

test.describe('building an outline with the keyboard, one Enter per item', () => {
  for (const [name, write] of Object.entries(writers)) {
    test(`two chapters of the seed, titles as ${name}`, async ({ page }) => {
      const plan = new PlanPage(page)
      await plan.createPlan('镇总工会2026年工作计划')
      const keyboard = page.keyboard

      // No waiting anywhere: every key goes out as soon as the previous one was sent.
      await plan.tree.focus()
      await keyboard.press('Enter')
      for (const [index, chapter] of seedChapters.entries()) {
        if (index > 0) await keyboard.press('Shift+Tab')
        await write(page, chapter.title)
        await keyboard.press('Enter')
        await keyboard.press('Tab')
        for (const item of chapter.items) {
          await write(page, item)
          await keyboard.press('Enter')
        }
      }
      // Enter on the empty new title ends the sequence and leaves no empty item.
      await keyboard.press('Enter')

      await expect(plan.tree.getByRole('textbox', { name: '条目标题' })).toHaveCount(0)
      await expectOutline(plan, seedChapterLines)
      await expect(plan.row(seedChapterLines.at(-1)!)).toBeFocused()
      await expect(plan.row('（一）深化劳动竞赛活动')).toHaveAttribute('aria-level', '2')

      await plan.waitSaved()
      await page.reload()
      await expectOutline(plan, seedChapterLines)
    })
  }
})

test.describe('Ctrl+Enter on a row opens its body for typing at once', () => {
  test('keys typed right away land at the end of the body', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-body-keys', title: '正文输入' }, seeded)
    await plan.row('（二）提升技术创新能力').click()
    await page.keyboard.press('Control+Enter')
    await page.keyboard.type('推动创新企业建设。')

    const node = plan.document.getByRole('region', { name: '（二）提升技术创新能力' })
    await expect(node.getByRole('textbox', { name: /正文/ })).toHaveText(
      '大力开展合理化建议活动。推动创新企业建设。',
    )
    await plan.waitSaved()
    await page.reload()
    await expect(
      plan.document.getByRole('region', { name: '（二）提升技术创新能力' }).locator('.body-text'),
    ).toHaveText('大力开展合理化建议活动。推动创新企业建设。')
  })

  test('an IME commit right away lands in an empty body', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-body-ime', title: '正文输入法' }, seeded)
    await plan.row('（一）深化劳动竞赛活动').click()
    await page.keyboard.press('Control+Enter')
    await page.keyboard.insertText('广泛开展岗位练兵、技能比武活动。')

    const node = plan.document.getByRole('region', { name: '（一）深化劳动竞赛活动' })
    await expect(node.getByRole('textbox', { name: /正文/ })).toHaveText(
      '广泛开展岗位练兵、技能比武活动。',
    )
    await plan.waitSaved()
    await page.reload()
    await expect(
      plan.document.getByRole('region', { name: '（一）深化劳动竞赛活动' }).locator('.body-text'),
    ).toHaveText('广泛开展岗位练兵、技能比武活动。')
  })
})

test.describe('a title typed and the page closed at once is kept', () => {
  test('a rename in the tree (F2, typing, no Enter)', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-close-tree', title: '关闭前重命名' }, seeded)
    await plan.row('二、维护职工合法权益').click()
    await page.keyboard.press('F2')
    await expect(plan.tree.getByRole('textbox', { name: '条目标题' })).toBeFocused()
    await page.keyboard.press('Control+a')
    await page.keyboard.type('围绕创建和谐劳动关系，进一步维护职工合法权益')
    // No Enter, no waiting for the save status.
    await page.close()

    const again = new PlanPage(await reopenPlan(page, 'ef-close-tree'))
    await expect(again.row('二、围绕创建和谐劳动关系，进一步维护职工合法权益')).toBeVisible()
    await expect(
      again.document.getByRole('heading', {
        name: '二、围绕创建和谐劳动关系，进一步维护职工合法权益',
      }),
    ).toBeVisible()
  })

  test('a title typed in the document heading', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-close-doc', title: '关闭前改标题' }, seeded)
    await plan.document.getByRole('heading', { name: '（二）提升技术创新能力' }).click()
    await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
    await page.keyboard.press('Control+a')
    await page.keyboard.type('提升技术创新能力，推动创新企业建设')
    await page.close()

    const again = new PlanPage(await reopenPlan(page, 'ef-close-doc'))
    await expect(again.row('（二）提升技术创新能力，推动创新企业建设')).toBeVisible()
    await expect(
      again.document.getByRole('heading', { name: '（二）提升技术创新能力，推动创新企业建设' }),
    ).toBeVisible()
  })
})

test.describe('undo and redo a rename', () => {
  test('renamed in the tree with F2 and Enter', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-undo-tree', title: '撤销重命名' }, seeded)
    await plan.row('二、维护职工合法权益').click()
    await page.keyboard.press('F2')
    const field = plan.tree.getByRole('textbox', { name: '条目标题' })
    await expect(field).toBeFocused()
    await page.keyboard.press('Control+a')
    await page.keyboard.type('切实维护职工合法权益')
    // Enter confirms and opens a new item below; Escape drops that still-empty item.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(field).toHaveCount(0)
    const renamed = seededLines.map((line) =>
      line === '二、维护职工合法权益' ? '二、切实维护职工合法权益' : line,
    )
    await expectOutline(plan, renamed)
    // Focus is back in the tree (on the row above the dropped item), where Ctrl+Z applies.
    await expect(plan.tree.locator('[role="treeitem"]:focus')).toHaveCount(1)

    await page.keyboard.press('Control+z')
    await expectOutline(plan, seededLines)
    await page.keyboard.press('Control+Shift+z')
    await expectOutline(plan, renamed)
    await plan.waitSaved()
    await page.reload()
    await expectOutline(plan, renamed)
  })

  test('renamed in the document heading', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-undo-doc', title: '撤销文档标题' }, seeded)
    await plan.document.getByRole('heading', { name: '（一）着力源头参与' }).click()
    await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type('，从制度上维护职工权益')
    // Enter goes to the body; Escape leaves editing for the tree.
    await page.keyboard.press('Enter')
    await expect(
      plan.document.getByRole('textbox', { name: '（一）着力源头参与，从制度上维护职工权益 正文' }),
    ).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(plan.row('（一）着力源头参与，从制度上维护职工权益')).toBeFocused()
    const renamed = seededLines.map((line) =>
      line === '（一）着力源头参与' ? '（一）着力源头参与，从制度上维护职工权益' : line,
    )
    await expectOutline(plan, renamed)

    await page.keyboard.press('Control+z')
    await expectOutline(plan, seededLines)
    await page.keyboard.press('Control+Shift+z')
    await expectOutline(plan, renamed)
  })
})

test.describe('an empty new item goes away without a question', () => {
  test('Enter then Escape on a row', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-escape', title: '新建后取消' }, seeded)
    await plan.row('（一）深化劳动竞赛活动').click()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')

    await expect(plan.tree.getByRole('textbox', { name: '条目标题' })).toHaveCount(0)
    await expectOutline(plan, seededLines)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(plan.row('（一）深化劳动竞赛活动')).toBeFocused()
    await plan.waitSaved()
    await page.reload()
    await expectOutline(plan, seededLines)
  })

  test('Enter then Escape on a chapter with sub-items: focus returns to the chapter', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-escape-chapter', title: '章后新建取消' }, seeded)
    await plan.row('一、凝聚职工智慧力量').click()
    await page.keyboard.press('Enter')
    // The new chapter comes after the chapter's sub-items, as 二、.
    await expect(plan.row('二、未命名')).toBeVisible()
    await page.keyboard.press('Escape')
    await expectOutline(plan, seededLines)
    await expect(plan.row('一、凝聚职工智慧力量')).toBeFocused()
  })

  test('Enter, a title, Enter, Escape: the titled item stays, the empty one goes', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-escape-2', title: '新建一条后取消' }, seeded)
    await plan.row('（二）提升技术创新能力').click()
    await page.keyboard.press('Enter')
    await page.keyboard.type('弘扬伟大劳模精神')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')

    await expect(plan.tree.getByRole('textbox', { name: '条目标题' })).toHaveCount(0)
    await expectOutline(plan, [
      '一、凝聚职工智慧力量',
      '（一）深化劳动竞赛活动',
      '（二）提升技术创新能力',
      '（三）弘扬伟大劳模精神',
      '二、维护职工合法权益',
      '（一）着力源头参与',
    ])
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(plan.row('（三）弘扬伟大劳模精神')).toBeFocused()
  })

  test('Backspace on an empty new title removes it and opens the title above', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-backspace', title: '退格删除' }, seeded)
    await plan.row('（一）深化劳动竞赛活动').click()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Backspace')
    // The title above is open and keeps what is typed next.
    await page.keyboard.type('活动')

    const field = plan.tree.getByRole('textbox', { name: '条目标题' })
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('深化劳动竞赛活动活动')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expectOutline(plan, seededLines)
  })
})

for (const pace of ['straight through', 'waiting for each field']) {
  test(`writes a three-item chapter entirely in the document view, ${pace}`, async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'ef-doc-chapter', title: '文档中写一章' }, [
      { id: 'only', parentId: null, title: '第一章' },
    ])
    const keyboard = page.keyboard
    const chapter = '凝聚职工智慧力量，进一步推动科学发展'
    const items = [
      { title: '深化劳动竞赛活动', body: '广泛开展岗位练兵、技能比武活动。' },
      { title: '提升技术创新能力', body: '大力开展提合理化建议、技术攻关活动。' },
      { title: '弘扬伟大劳模精神', body: '认真开展评先进树典型工作。' },
    ]
    const chapterBody = '着眼全镇发展目标，继续深化主题劳动竞赛活动。'
    const lines = [`一、${chapter}`, ...items.map((item, i) => `（${'一二三'[i]}）${item.title}`)]
    const bodies = [chapterBody, ...items.map((item) => item.body)]
    const title = plan.document.getByRole('textbox', { name: '条目标题' })
    // At reading speed the user looks at the field before typing into it; straight through,
    // every key goes out as soon as the previous one was sent.
    const waitFor = async (check: () => Promise<void>) => {
      if (pace === 'waiting for each field') await check()
    }

    await plan.document.getByRole('heading', { name: '一、第一章' }).click()
    await expect(title).toBeFocused()
    await expect(page.getByRole('contentinfo').getByText(/Ctrl\+Enter\s*新建下一条/)).toBeVisible()
    await keyboard.press('Control+a')
    await keyboard.type(chapter)
    await keyboard.press('Enter')
    await waitFor(() => expect(plan.document.getByRole('textbox', { name: /正文/ })).toBeFocused())
    await keyboard.type(chapterBody)
    for (const [index, item] of items.entries()) {
      await keyboard.press('Control+Enter')
      await waitFor(async () => {
        await expect(title).toBeFocused()
        await expect(title).toHaveValue('')
      })
      if (index === 0) {
        await keyboard.press('Tab')
        await waitFor(async () => {
          await expect(plan.tree.getByRole('treeitem', { level: 2 })).toHaveCount(1)
          await expect(title).toBeFocused()
        })
      }
      await keyboard.type(item.title)
      await keyboard.press('Enter')
      await waitFor(() =>
        expect(
          plan.document.getByRole('textbox', { name: `${lines[index + 1]} 正文` }),
        ).toBeFocused(),
      )
      await keyboard.type(item.body)
    }
    await expect(plan.document.getByRole('textbox', { name: `${lines[3]} 正文` })).toHaveText(
      bodies[3],
    )
    await keyboard.press('Escape')

    const expectWritten = async () => {
      await expectOutline(plan, lines)
      for (const [i, line] of lines.entries())
        await expect(
          plan.document.getByRole('region', { name: line }).locator('.body-text'),
        ).toHaveText(bodies[i])
      await expect(plan.row(lines[1])).toHaveAttribute('aria-level', '2')
    }
    await expectWritten()
    await plan.waitSaved()
    await page.reload()
    await expectWritten()
  })
}
