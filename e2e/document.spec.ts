import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

const chapters = [
  { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
  { id: 'c1a', parentId: 'c1', title: '深化劳动竞赛活动' },
  { id: 'c1b', parentId: 'c1', title: '提升技术创新能力' },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
  { id: 'c2a', parentId: 'c2', title: '着力源头参与' },
  { id: 'c2b', parentId: 'c2', title: '促进民主管理' },
]

test.describe('document view', () => {
  test('edits bodies in place and finds everything after a reload', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p1', title: '镇总工会2026年工作计划' }, chapters)

    // Selecting a row scrolls the document to it; clicking a node edits it in place.
    await plan.row('（二）提升技术创新能力').click()
    const node = plan.document.getByRole('region', { name: '（二）提升技术创新能力' })
    await expect(node).toBeInViewport()
    await node.getByText('点击输入正文…').click()
    const editor = node.getByRole('textbox', { name: /正文/ })
    await expect(editor).toBeFocused()
    await page.keyboard.type('大力开展合理化建议活动。')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+b')
    await page.keyboard.type('推动创新企业建设')
    await page.keyboard.press('Control+b')
    await expect(plan.row('（二）提升技术创新能力')).toHaveAttribute('aria-current', 'true')
    // Only one contenteditable exists, however many nodes there are.
    await expect(page.locator('[contenteditable="true"]')).toHaveCount(1)
    await plan.waitSaved()

    // The preamble and another node.
    await plan.document.getByText('点击输入前言（指导思想、总体思路）…').click()
    await page.keyboard.type('以推动高质量发展为主题，以维护职工合法权益为主线。')
    await expect(page.locator('[contenteditable="true"]')).toHaveCount(1)
    const other = plan.document.getByRole('region', { name: '（一）着力源头参与' })
    await other.getByText('点击输入正文…').click()
    await page.keyboard.type('推动完善劳动关系三方工作机制。')
    await plan.waitSaved()
    await expect(page.getByTestId('plan-char-count')).not.toHaveText('0')

    // A title edited in the document is the title in the tree.
    await plan.document.getByRole('heading', { name: '（二）促进民主管理' }).click()
    const title = plan.document.getByRole('textbox', { name: '条目标题' })
    await expect(title).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type('工作')
    await expect(plan.row('（二）促进民主管理工作')).toBeVisible()

    await page.reload()
    await expect(plan.document).toContainText('以推动高质量发展为主题，以维护职工合法权益为主线。')
    const reloaded = plan.document.getByRole('region', { name: '（二）提升技术创新能力' })
    await expect(reloaded.locator('p').nth(0)).toHaveText('大力开展合理化建议活动。')
    await expect(reloaded.locator('p strong')).toHaveText('推动创新企业建设')
    await expect(plan.document.getByRole('region', { name: '（一）着力源头参与' })).toContainText(
      '推动完善劳动关系三方工作机制。',
    )
    await expect(page.locator('[contenteditable="true"]')).toHaveCount(0)
    await expect(plan.row('（二）促进民主管理工作')).toBeVisible()
  })

  test('text typed and the page closed at once is all there when reopened', async ({
    page,
    context,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p2', title: '人大常委会2026年工作要点' }, chapters)
    const text = '坚持党的领导、人民当家作主、依法治国有机统一，依法履行监督职责。'
    await plan.document
      .getByRole('region', { name: '一、凝聚职工智慧力量' })
      .getByText('点击输入正文…')
      .click()
    await page.keyboard.type(text)
    // No waiting for the save status: close straight away.
    await page.close({ runBeforeUnload: true })

    const again = await context.newPage()
    await again.goto('/#/plan/p2')
    await expect(
      again.getByRole('region', { name: '一、凝聚职工智慧力量' }).locator('.body-text'),
    ).toHaveText(text)
  })

  test('the item being edited keeps its text when moved far away in the outline', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `m${i + 1}`,
      parentId: null,
      title: `第${i + 1}章`,
    }))
    await seedPlan(page, { id: 'p7', title: '长计划' }, many)
    await plan.row('五十、第50章').click()
    await plan.document
      .getByRole('region', { name: '五十、第50章' })
      .getByText('点击输入正文…')
      .click()
    await page.keyboard.type('移动前输入的正文')
    // Straight to the tree, no waiting: move the item past the end of its group of rows.
    await plan.row('五十、第50章').click()
    for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowDown')
    await expect(plan.row('五十三、第50章')).toBeFocused()
    const moved = plan.document.getByRole('region', { name: '五十三、第50章' })
    await expect(moved.locator('.body-text')).toHaveText('移动前输入的正文')
    await plan.waitSaved()
    await page.reload()
    const reloaded = plan.document.getByRole('region', { name: '五十三、第50章' })
    await expect(reloaded.locator('.body-text')).toHaveText('移动前输入的正文')

    // Closed with Escape and opened again at once: the text typed last is there.
    await reloaded.locator('.body-text').click()
    await page.keyboard.press('End')
    await page.keyboard.type('，再补一句')
    await page.keyboard.press('Escape')
    await reloaded.locator('.body-text').click()
    await expect(reloaded.getByRole('textbox', { name: /正文/ })).toHaveText(
      '移动前输入的正文，再补一句',
    )
  })

  test('an item row removed behind the app is written again from the plan document', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p5', title: '保存失败测试' }, chapters)
    const node = plan.document.getByRole('region', { name: '二、维护职工合法权益' })
    await node.getByText('点击输入正文…').click()
    await page.keyboard.type('第一句。')
    await plan.waitSaved()
    // Another window removes the node from storage behind this one's back.
    await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('plandraft')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      await new Promise<void>((resolve) => {
        const tx = db.transaction('nodes', 'readwrite')
        tx.objectStore('nodes').delete('c2')
        tx.oncomplete = () => resolve()
      })
      db.close()
    })
    await page.keyboard.type('第二句。')
    await expect(node.getByRole('textbox', { name: /正文/ })).toHaveText('第一句。第二句。')
    await plan.waitSaved()
    // The rows are an index written from the document: the item and its text are all there.
    await page.reload()
    await expect(plan.document.getByRole('region', { name: '二、维护职工合法权益' })).toContainText(
      '第一句。第二句。',
    )
  })

  test('a paste from Word keeps text and paragraphs, not styles or scripts', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p6', title: '粘贴' }, chapters)
    const node = plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' })
    await node.getByText('点击输入正文…').click()
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.setData(
        'text/html',
        '<style>p{color:red}</style><p class="MsoNormal" style="font-size:40pt;color:red">加强组织领导。<o:p></o:p></p>' +
          '<script>window.pasted = true</script><p style="color:blue">强化督查考核。</p>',
      )
      data.setData('text/plain', '加强组织领导。\n强化督查考核。')
      document
        .querySelector('[contenteditable="true"]')!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        )
    })
    const paragraphs = node.locator('.ProseMirror p')
    await expect(paragraphs).toHaveText(['加强组织领导。', '强化督查考核。'])
    await expect(node.locator('.ProseMirror [style]')).toHaveCount(0)
    expect(
      await page.evaluate(() => (window as unknown as { pasted?: boolean }).pasted),
    ).toBeUndefined()
  })

  test('a paste past 2 million characters is refused with a message and changes nothing', async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p8', title: '超大粘贴' }, chapters)
    const node = plan.document.getByRole('region', { name: '一、凝聚职工智慧力量' })
    await node.getByText('点击输入正文…').click()
    await page.keyboard.type('原文。')
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.setData('text/plain', '字'.repeat(2_100_000))
      document
        .querySelector('[contenteditable="true"]')!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        )
    })
    await expect(page.getByRole('status').filter({ hasText: '粘贴内容过大' })).toBeVisible()
    await expect(node.getByRole('textbox', { name: /正文/ })).toHaveText('原文。')
  })

  test('switching the numbering scheme renumbers tree and document at once', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p3', title: '工作计划' }, chapters)
    const picker = page.getByRole('combobox', { name: '序号' })
    await picker.selectOption({ label: '一是式：一、一是 二是 1.' })
    const yishi = [
      '一、凝聚职工智慧力量',
      '一是深化劳动竞赛活动',
      '二是提升技术创新能力',
      '二、维护职工合法权益',
      '一是着力源头参与',
      '二是促进民主管理',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(yishi)
    await expect.poll(() => plan.documentHeadings()).toEqual(yishi)
    await picker.selectOption({ label: '两级：一、1、（1）' })
    await expect.poll(() => plan.documentHeadings()).toContain('2、促进民主管理')
    await picker.selectOption({ label: '公文标准：一、（一）1.（1）①' })
    await page.getByRole('checkbox', { name: '二级序号全文连续' }).check()
    await expect
      .poll(() => plan.treeLines())
      .toEqual([
        '一、凝聚职工智慧力量',
        '（一）深化劳动竞赛活动',
        '（二）提升技术创新能力',
        '二、维护职工合法权益',
        '（三）着力源头参与',
        '（四）促进民主管理',
      ])
    await page.reload()
    await expect(plan.row('（四）促进民主管理')).toBeVisible()
  })

  test('an empty plan title is refused with a message', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: '新建计划' }).click()
    const dialog = page.getByRole('dialog', { name: '新建计划' })
    await dialog.getByRole('button', { name: '创建' }).click()
    await expect(dialog.getByRole('alert')).toHaveText('计划标题不能为空')
    await expect(dialog).toBeVisible()
  })

  test('library and editor have no serious accessibility violations', async ({ page }) => {
    await seedPlan(page, { id: 'p4', title: '某某县人大常委会2026年工作要点' }, chapters)
    await page.getByRole('treeitem').first().click()
    const editorScan = await new AxeBuilder({ page }).analyze()
    const serious = (scan: typeof editorScan) =>
      scan.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`)
    expect(serious(editorScan)).toEqual([])
    await page.goto('/#/')
    await expect(page.getByRole('link', { name: '某某县人大常委会2026年工作要点' })).toBeVisible()
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([])
  })
})

test.describe('plan library', () => {
  test('renames, duplicates and deletes plans; refuses a broken backup file', async ({ page }) => {
    await seedPlan(page, { id: 'lib1', title: '县总工会2026年工作要点', year: 2026 }, chapters)
    await page.goto('/#/')
    const table = page.getByRole('table')
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table.getByRole('row').nth(1)).toContainText('2026')

    await page.getByRole('button', { name: '重命名 县总工会2026年工作要点' }).click()
    const dialog = page.getByRole('dialog', { name: '重命名计划' })
    await dialog.getByLabel('计划标题').fill('县总工会2027年工作要点')
    await dialog.getByLabel('年度').fill('2027')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('link', { name: '县总工会2027年工作要点' })).toBeVisible()

    await page.getByRole('button', { name: '复制 县总工会2027年工作要点' }).click()
    const copy = page.getByRole('link', { name: '县总工会2027年工作要点（副本）' })
    await expect(copy).toBeVisible()
    await copy.click()
    await expect(page.getByRole('treeitem', { name: '（二）促进民主管理' })).toBeVisible()
    await page.goto('/#/')

    await page.getByRole('button', { name: '删除 县总工会2027年工作要点（副本）' }).click()
    await page
      .getByRole('dialog', { name: '删除计划' })
      .getByRole('button', { name: '删除' })
      .click()
    await expect(copy).toHaveCount(0)
    await expect(table.getByRole('row')).toHaveCount(2)

    // A broken file: a message, and the library is as it was.
    await page.getByLabel('选择要导入的计划文件').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "plandraft-plan", "version": 1, "plan": '),
    })
    await expect(page.getByRole('status').filter({ hasText: '导入失败' })).toBeVisible()
    await expect(table.getByRole('row')).toHaveCount(2)
  })
})
