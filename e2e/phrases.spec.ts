import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'
import { PhrasesPanel, pointBeforeCharacter, pointInRow } from './fixtures/phrasesPanel'

const RIGHTS = '切实维护职工合法权益'
const LEADERSHIP = '加强组织领导，强化督查考核'

async function openSeededPlan(page: Page) {
  await seedPlan(page, { id: 'plan-phrases', title: '某某镇总工会2026年工作计划' }, [
    { id: 'A', parentId: null, title: '加强思想政治引领', body: '第一段正文内容' },
    { id: 'A1', parentId: 'A', title: '深化理论学习', body: '学习内容' },
    { id: 'B', parentId: null, title: '维护职工合法权益', body: '维权工作正文' },
    { id: 'C', parentId: null, title: '加强自身建设', body: '自身建设正文' },
  ])
  const plan = new PlanPage(page)
  const phrases = new PhrasesPanel(page)
  await phrases.open()
  return { plan, phrases }
}

/** A node's body in the document: the live editor while edited, the static text otherwise. */
const body = (page: Page, id: string) => page.locator(`#doc-node-${id} .body-text`).first()
const live = (page: Page, id: string) => page.locator(`#doc-node-${id} .ProseMirror`)

/** Ctrl+End in the live editor, repeated until the caret is there (a key pressed in the very
 * frame the editor mounts or refocuses can be lost). */
async function caretToEnd(page: Page) {
  await expect
    .poll(async () => {
      await page.keyboard.press('Control+End')
      return page.evaluate(() => {
        const selection = window.getSelection()
        const node = selection?.focusNode
        return !!node && selection.isCollapsed && selection.focusOffset === node.textContent?.length
      })
    })
    .toBe(true)
  // ProseMirror reads the moved caret on the browser's (asynchronous) selectionchange event;
  // a focus change in the same instant would lose it, which no human is fast enough to do.
  await page.waitForTimeout(150)
}

test.describe('phrase library: drag and drop', () => {
  test('onto a point inside the node being edited', async ({ page }) => {
    const { plan, phrases } = await openSeededPlan(page)
    await body(page, 'A').click()
    await expect(live(page, 'A')).toBeFocused()

    const option = await phrases.find('qswhzg', RIGHTS)
    await phrases.dragTo(option, await pointBeforeCharacter(live(page, 'A'), '第一段正文内容', 3))
    await expect(live(page, 'A')).toHaveText(`第一段${RIGHTS}正文内容`)
    await plan.waitSaved()

    await page.reload()
    await expect(body(page, 'A')).toHaveText(`第一段${RIGHTS}正文内容`)
  })

  test('onto another node’s body in the document', async ({ page }) => {
    const { plan, phrases } = await openSeededPlan(page)
    await body(page, 'A').click()
    await expect(live(page, 'A')).toBeFocused()

    // Simplified query, and the phrase lands between 维权 and 工作 of node B (not being edited).
    const option = await phrases.find('维护职工', RIGHTS)
    await phrases.dragTo(option, await pointBeforeCharacter(body(page, 'B'), '维权工作正文', 2))
    await expect(live(page, 'B')).toHaveText(`维权${RIGHTS}工作正文`)
    await expect(live(page, 'A')).toHaveCount(0)
    await plan.waitSaved()

    await page.reload()
    await expect(body(page, 'B')).toHaveText(`维权${RIGHTS}工作正文`)
    await expect(body(page, 'A')).toHaveText('第一段正文内容')
  })

  test('onto a row of the outline tree: appended to that node’s body', async ({ page }) => {
    const { plan, phrases } = await openSeededPlan(page)
    const option = await phrases.find('jqzzld', LEADERSHIP)
    const row = plan.row('三、加强自身建设')
    await phrases.dragTo(option, await pointInRow(row, 0.5), async () => {
      await expect(row).toContainText('追加到此条正文末尾')
    })
    await expect(page.locator('#doc-node-C p')).toHaveText(['自身建设正文', LEADERSHIP])
    await plan.waitSaved()

    await page.reload()
    await expect(page.locator('#doc-node-C .body-text p')).toHaveText(['自身建设正文', LEADERSHIP])
    await expect(body(page, 'B')).toHaveText('维权工作正文')
  })

  test('between two rows of the tree: a new item titled with the phrase', async ({ page }) => {
    const { plan, phrases } = await openSeededPlan(page)
    const option = await phrases.find('weihuzhigong', RIGHTS)
    const row = plan.row('二、维护职工合法权益')
    await phrases.dragTo(option, await pointInRow(row, 0.1), async () => {
      await expect(row).toContainText('在此处新建条目')
    })
    const expected = [
      '一、加强思想政治引领',
      '（一）深化理论学习',
      `二、${RIGHTS}`,
      '三、维护职工合法权益',
      '四、加强自身建设',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(expected)
    await plan.waitSaved()

    await page.reload()
    await expect.poll(() => plan.treeLines()).toEqual(expected)
    await expect.poll(() => plan.documentHeadings()).toEqual(expected)
  })

  test('dragging a tree row still moves it while the panel is open', async ({ page }) => {
    const { plan, phrases } = await openSeededPlan(page)
    await expect(phrases.list).toBeVisible()
    const from = (await plan.row('三、加强自身建设').boundingBox())!
    const to = (await plan.row('一、加强思想政治引领').boundingBox())!
    await page.mouse.move(from.x + 40, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x + 40, to.y + 8, { steps: 5 })
    await page.mouse.move(to.x + 40, to.y + 3, { steps: 3 })
    await page.mouse.up()
    const expected = [
      '一、加强自身建设',
      '二、加强思想政治引领',
      '（一）深化理论学习',
      '三、维护职工合法权益',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(expected)
    // The phrase list did not take the row as a phrase, nor the other way round.
    await expect(body(page, 'C')).toHaveText('自身建设正文')
    await plan.waitSaved()
    await page.reload()
    await expect.poll(() => plan.treeLines()).toEqual(expected)
  })
})

test.describe('phrase library: keyboard, slots, import', () => {
  test('Enter inserts at the cursor; slots are selected, filled, tabbed and counted', async ({
    page,
  }) => {
    const { plan, phrases } = await openSeededPlan(page)
    const slotStatus = page.getByTestId('slot-status')
    await expect(slotStatus).toHaveText('待填写 0 处')

    await body(page, 'C').click()
    await expect(live(page, 'C')).toBeFocused()
    await caretToEnd(page)

    // Keyboard only: search box → ↓ into the listbox → Enter.
    await phrases.search.fill('为主题，以××为主线')
    await phrases.search.press('ArrowDown')
    await expect(phrases.list).toBeFocused()
    await expect(phrases.list.getByRole('option', { selected: true })).toContainText(
      '以××为主题，以××为主线，以××为重点',
    )
    await page.keyboard.press('Enter')
    const editor = live(page, 'C')
    await expect(editor).toHaveText('自身建设正文以××为主题，以××为主线，以××为重点')
    await expect(editor.locator('mark.slot')).toHaveCount(3)
    await expect(editor).toBeFocused()
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('××')

    // Typing replaces the selected slot; Tab jumps to the next one.
    await page.keyboard.type('高质量发展')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('××')
    await page.keyboard.type('服务职工')
    await expect(editor).toHaveText('自身建设正文以高质量发展为主题，以服务职工为主线，以××为重点')
    await expect(editor.locator('mark.slot')).toHaveText(['××'])
    await expect(slotStatus).toHaveText('待填写 1 处')
    await plan.waitSaved()

    // Reload: the text is still there, the last slot still counted; jump to it from the list.
    await page.reload()
    await expect(body(page, 'C')).toHaveText(
      '自身建设正文以高质量发展为主题，以服务职工为主线，以××为重点',
    )
    await expect(slotStatus).toHaveText('待填写 1 处')
    await slotStatus.click()
    await page.getByRole('list', { name: '×× 的位置' }).getByRole('button').first().click()
    await expect(live(page, 'C')).toBeFocused()
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('××')
    await page.keyboard.type('提升职工素质')
    await expect(slotStatus).toHaveText('待填写 0 处')
    await expect(live(page, 'C')).toHaveText(
      '自身建设正文以高质量发展为主题，以服务职工为主线，以提升职工素质为重点',
    )
    // Tab after the last slot stays in the editor (not the phrase search box), caret at the end.
    await page.keyboard.press('Tab')
    await expect(live(page, 'C')).toBeFocused()
    expect(
      await live(page, 'C').evaluate((editor) => {
        const selection = window.getSelection()!
        const rest = document.createRange()
        rest.setStart(selection.focusNode!, selection.focusOffset)
        rest.setEnd(editor, editor.childNodes.length)
        return selection.isCollapsed && rest.toString() === ''
      }),
    ).toBe(true)

    // Double-click inserts too, at the cursor; recently used lists both, newest first.
    await caretToEnd(page)
    const option = await phrases.find('whzghfqy', RIGHTS)
    await option.dblclick()
    await expect(live(page, 'C')).toHaveText(
      `自身建设正文以高质量发展为主题，以服务职工为主线，以提升职工素质为重点${RIGHTS}`,
    )
    await phrases.search.fill('')
    await phrases.view('最近使用').click()
    await expect(phrases.list.locator('.phrase-text')).toHaveText([
      RIGHTS,
      '以××为主题，以××为主线，以××为重点',
    ])
  })

  test('Enter with no node being edited explains what to do', async ({ page }) => {
    const { phrases } = await openSeededPlan(page)
    await phrases.find('jqzzld', LEADERSHIP)
    await phrases.search.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByText('没有正在编辑的正文')).toBeVisible()
  })

  test('a broken or foreign import file changes nothing; duplicates are skipped and counted', async ({
    page,
  }) => {
    const { phrases } = await openSeededPlan(page)
    await phrases.view('全部').click()
    const total = phrases.panel.locator('.phrase-more')
    const before = await total.innerText()
    expect(before).toMatch(/^共 \d+ 条/)

    const input = phrases.panel.getByTestId('phrase-import-input')
    await input.setInputFiles({
      name: '常用语库.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"plandraft-phrases","version":1,"phrases":[{"text":'),
    })
    await expect(phrases.panel.getByRole('alert')).toHaveText(
      /文件不是有效的 JSON，无法导入。常用语库未作任何改动。/,
    )
    await input.setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ plans: [{ title: '别的文件' }] })),
    })
    await expect(phrases.panel.getByRole('alert')).toHaveText(/这不是 PlanDraft 常用语库文件/)
    await expect(total).toHaveText(before)

    await input.setInputFiles({
      name: '常用语库.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'plandraft-phrases',
          version: 1,
          categories: [],
          phrases: [
            { text: RIGHTS, category: '维护权益与劳动关系' },
            { text: '推进乡村全面振兴', category: '乡村振兴' },
          ],
        }),
      ),
    })
    await expect(phrases.panel.getByRole('status')).toHaveText(
      /已导入 1 条常用语，跳过重复 1 条，新建分类 1 个。/,
    )
    await phrases.view('乡村振兴').click()
    await expect(phrases.list.locator('.phrase-text')).toHaveText(['推进乡村全面振兴'])
  })
})

test.describe('phrase library: managing the library', () => {
  test('the panel toggles from the toolbar and remembers being closed', async ({ page }) => {
    const { phrases } = await openSeededPlan(page)
    await expect(phrases.toggle).toHaveAttribute('aria-pressed', 'true')
    await phrases.toggle.click()
    await expect(phrases.panel).toHaveCount(0)
    await page.reload()
    await expect(phrases.toggle).toHaveAttribute('aria-pressed', 'false')
    await expect(phrases.panel).toHaveCount(0)
    await phrases.toggle.click()
    await expect(phrases.list).toBeVisible()
  })

  test('hide and show built-ins, own categories, edit and move, add the editor’s selection', async ({
    page,
  }) => {
    const { phrases } = await openSeededPlan(page)
    const dialog = (name: string) => page.getByRole('dialog', { name })

    // Traditional input finds the Simplified built-in.
    const rights = await phrases.find('維護職工合法權益', RIGHTS)

    // Hide a built-in: gone from the list, back with 显示已隐藏, shown again with 取消隐藏.
    await rights.click()
    await phrases.panel.getByRole('button', { name: '隐藏', exact: true }).click()
    await expect(phrases.option(RIGHTS)).toHaveCount(0)
    await phrases.panel.getByRole('checkbox', { name: '显示已隐藏' }).check()
    await expect(phrases.option(RIGHTS)).toContainText('已隐藏')
    await phrases.option(RIGHTS).click()
    await phrases.panel.getByRole('button', { name: '取消隐藏' }).click()
    await phrases.panel.getByRole('checkbox', { name: '显示已隐藏' }).uncheck()
    await expect(phrases.option(RIGHTS)).toBeVisible()

    // Create and rename an own category.
    await phrases.panel.getByRole('button', { name: '新建分类' }).click()
    await dialog('新建分类').getByRole('textbox', { name: '分类名称' }).fill('乡村振兴')
    await dialog('新建分类').getByRole('button', { name: '保存' }).click()
    await expect(phrases.view('乡村振兴')).toHaveAttribute('aria-pressed', 'true')
    await phrases.panel.getByRole('button', { name: '重命名分类' }).click()
    await dialog('重命名分类').getByRole('textbox', { name: '分类名称' }).fill('乡村全面振兴')
    await dialog('重命名分类').getByRole('button', { name: '保存' }).click()
    await expect(phrases.view('乡村全面振兴')).toBeVisible()
    await expect(phrases.view('乡村振兴')).toHaveCount(0)

    // Add the text selected in the editor to the open own category, then edit and move it.
    await body(page, 'B').click()
    await expect(live(page, 'B')).toBeFocused()
    // Keys pressed in the very frame the editor mounts can be lost: select until it took.
    await expect
      .poll(async () => {
        await page.keyboard.press('Home')
        await page.keyboard.press('Shift+ArrowRight')
        await page.keyboard.press('Shift+ArrowRight')
        return page.evaluate(() => window.getSelection()?.toString())
      })
      .toBe('维权')
    await phrases.panel.getByRole('button', { name: '将选中文字加入常用语' }).click()
    await expect(phrases.panel.getByRole('status')).toHaveText(/已将“维权”加入“乡村全面振兴”/)
    await expect(phrases.list.locator('.phrase-text')).toHaveText(['维权'])
    await phrases.option('维权').click()
    await phrases.panel.getByRole('button', { name: '编辑/移动' }).click()
    await dialog('编辑常用语').getByRole('textbox', { name: '常用语' }).fill('维权服务××')
    await dialog('编辑常用语').getByRole('combobox', { name: '分类' }).selectOption('我的常用语')
    await dialog('编辑常用语').getByRole('button', { name: '保存' }).click()
    await expect(phrases.panel.getByText('这个分类里还没有常用语')).toBeVisible()
    await phrases.view('我的常用语').click()
    await expect(phrases.list.locator('.phrase-text')).toHaveText(['维权服务××'])

    // Everything survives a reload.
    await page.reload()
    await phrases.view('我的常用语').click()
    await expect(phrases.list.locator('.phrase-text')).toHaveText(['维权服务××'])
    await expect(phrases.view('乡村全面振兴')).toBeVisible()
    await phrases.search.fill('whzghfqy')
    await expect(phrases.option(RIGHTS)).not.toContainText('已隐藏')
  })
})

test('the panel, its dialogs and the slot list have no serious accessibility violations', async ({
  page,
}) => {
  const { phrases } = await openSeededPlan(page)
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      )
  await phrases.find('whzg', RIGHTS)
  await phrases.option(RIGHTS).click()
  expect(await serious()).toEqual([])

  // Insert a phrase with slots, then open the slot list.
  await body(page, 'C').click()
  await phrases.view('主题主线').click()
  await phrases.option('以××为主题，以××为主线，以××为重点').dblclick()
  await expect(page.getByTestId('slot-status')).toHaveText('待填写 3 处')
  await page.getByTestId('slot-status').click()
  await expect(page.getByRole('list', { name: '待填写的空位' })).toBeVisible()
  expect(await serious()).toEqual([])
  await page.keyboard.press('Escape')

  await phrases.panel.getByRole('button', { name: '新建常用语' }).click()
  await expect(page.getByRole('dialog', { name: '新建常用语' })).toBeVisible()
  expect(await serious()).toEqual([])
})
