import { expect, test, type Page } from '@playwright/test'
import { generateNKeysBetween } from 'fractional-indexing'
import { PlanPage } from './fixtures/planPage'
import { writeRows } from './fixtures/writeRows'

const PLAN_ID = 'plan-slots'

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/**
 * A plan with `{{单位}}` in its title, preamble, an item title and two bodies, plus `xx`,
 * `20xx` and `{{年度}}`:
 *   {{单位}}{{年度}}年工作计划      preamble: 20xx年，{{单位}}的总体思路是……
 *   一、{{单位}}思想引领            body: 由{{单位}}牵头，开展xx活动
 *   二、维护职工权益                body: {{单位}}负责落实
 *   三、加强自身建设                body: 自身建设正文
 */
async function seedSlotPlan(page: Page) {
  await page.goto('/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  const keys = generateNKeysBetween(null, null, 3)
  const node = (index: number, id: string, title: string, body: string) => ({
    id,
    planId: PLAN_ID,
    parentId: null,
    orderKey: keys[index],
    title,
    body: paragraph(body),
    rev: 0,
  })
  const now = Date.now()
  await writeRows(
    page,
    {
      id: PLAN_ID,
      title: '{{单位}}{{年度}}年工作计划',
      unit: '某某镇总工会',
      year: 2026,
      numbering: { scheme: 'standard', continuousLevel2: false },
      preamble: paragraph('20xx年，{{单位}}的总体思路是：围绕中心、服务大局。'),
      createdAt: now,
      updatedAt: now,
      charCount: 0,
    },
    [
      node(0, 'A', '{{单位}}思想引领', '由{{单位}}牵头，开展xx活动'),
      node(1, 'B', '维护职工权益', '{{单位}}负责落实'),
      node(2, 'C', '加强自身建设', '自身建设正文'),
    ],
  )
  await page.goto(`/#/plan/${PLAN_ID}`)
  await page.reload()
  await page.getByRole('tree', { name: '计划大纲' }).waitFor()
  return new PlanPage(page)
}

const statusText = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        // Two frames: one render, no time for a save to go round IndexedDB and back.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.querySelector('[data-testid="slot-status"]')?.textContent ?? ''),
          ),
        ),
      ),
  )

test('slots: every kind highlighted and counted as typed; {{单位}} filled once everywhere, in print preview too, and undone', async ({
  page,
}) => {
  const plan = await seedSlotPlan(page)
  const slotStatus = page.getByTestId('slot-status')
  // Title {{单位}} {{年度}}; preamble 20xx {{单位}}; A's title {{单位}}, body {{单位}} xx; B {{单位}}.
  await expect(slotStatus).toHaveText('待填写 8 处')

  // Highlighted in the document: imported xx and 20xx too, in titles and static bodies.
  const docA = page.locator('#doc-node-A')
  await expect(docA.locator('.body-text mark.slot')).toHaveText(['{{单位}}', 'xx'])
  await expect(docA.locator('.doc-title mark.slot')).toHaveText(['{{单位}}'])
  await expect(page.locator('.doc-plan-title mark.slot')).toHaveText(['{{单位}}', '{{年度}}'])
  await expect(page.locator('.doc-preamble mark.slot')).toHaveText(['20xx', '{{单位}}'])

  // The count follows typing at once (read within two frames, not after the save).
  await page.locator('#doc-node-C .body-text').click()
  const editorC = page.locator('#doc-node-C .ProseMirror')
  await expect(editorC).toBeFocused()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('，以××')
  expect(await statusText(page)).toBe('待填写 9 处')
  // One × left is no slot: the count drops as the key goes down.
  await page.keyboard.press('Backspace')
  expect(await statusText(page)).toBe('待填写 8 处')
  await page.keyboard.type('×为重点')
  expect(await statusText(page)).toBe('待填写 9 处')
  await expect(editorC.locator('mark.slot')).toHaveText(['××'])
  await plan.waitSaved()

  // The panel groups slots by text; a group opens onto its places.
  await slotStatus.click()
  const panel = page.getByRole('dialog', { name: '待填写' })
  await expect(panel).toBeVisible()
  const groups = panel.locator('.slot-group-toggle')
  await expect(groups).toHaveText([/^▸{{单位}}×5/, /^▸{{年度}}×1/, /^▸20xx×1/, /^▸xx×1/, /^▸×××1/])
  await page.screenshot({ path: test.info().outputPath('slots-panel.png') })
  // Opened from the status bar's left end, the whole panel is on screen.
  await expect(panel).toBeInViewport({ ratio: 1 })
  await panel.getByRole('button', { name: /^xx\s*×1/ }).click()
  await expect(panel.getByRole('list', { name: 'xx 的位置' })).toContainText(
    '一、{{单位}}思想引领 · 正文',
  )

  // Fill {{单位}} once: the field offers the plan's unit; another one is typed.
  const field = panel.getByRole('textbox', { name: '{{单位}} 填为' })
  await expect(field).toHaveValue('某某镇总工会')
  await field.fill('城关镇总工会')
  await field.press('Enter')
  await expect(slotStatus).toHaveText('待填写 4 处')
  await expect(panel.locator('.slot-group-toggle')).toHaveText([
    /{{年度}}×1/,
    /20xx×1/,
    /xx×1/,
    /×××1/,
  ])
  await expect(page.getByText('已将 5 处 {{单位}} 填为“城关镇总工会”（可撤销）')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)

  const documentView = plan.document
  await expect(page.locator('.doc-plan-title')).toHaveText('城关镇总工会{{年度}}年工作计划')
  await expect(page.locator('.doc-preamble')).toContainText('20xx年，城关镇总工会的总体思路是')
  await expect(docA.locator('.doc-title')).toHaveText('城关镇总工会思想引领')
  await expect(docA.locator('.body-text')).toHaveText('由城关镇总工会牵头，开展xx活动')
  await expect(page.locator('#doc-node-B .body-text')).toHaveText('城关镇总工会负责落实')
  await expect(documentView).not.toContainText('{{单位}}')
  await expect(plan.tree).not.toContainText('{{单位}}')
  // What is left is still highlighted; the filled text is not.
  await expect(docA.locator('.body-text mark.slot')).toHaveText(['xx'])

  // Undo brings every {{单位}} back, as one step; redo fills them again.
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.locator('.doc-plan-title')).toHaveText('{{单位}}{{年度}}年工作计划')
  await expect(page.locator('.doc-preamble')).toContainText('20xx年，{{单位}}的总体思路是')
  await expect(docA.locator('.doc-title')).toHaveText('{{单位}}思想引领')
  await expect(docA.locator('.body-text')).toHaveText('由{{单位}}牵头，开展xx活动')
  await expect(page.locator('#doc-node-B .body-text')).toHaveText('{{单位}}负责落实')
  await expect(slotStatus).toHaveText('待填写 9 处')
  await page.getByRole('button', { name: '重做' }).click()
  await expect(page.locator('#doc-node-B .body-text')).toHaveText('城关镇总工会负责落实')
  await expect(slotStatus).toHaveText('待填写 4 处')
  await plan.waitSaved()

  // Print preview: filled everywhere, nothing highlighted; the export warning lists what is left.
  await page.goto(`/#/plan/${PLAN_ID}/print`)
  const sheets = page.locator('.print-sheets[data-ready="true"]')
  await expect(sheets).toBeVisible()
  await expect(sheets).toContainText('城关镇总工会')
  await expect(sheets).toContainText('由城关镇总工会牵头，开展xx活动')
  await expect(sheets).not.toContainText('{{单位}}')
  await expect(sheets.locator('mark')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('slots-print.png') })
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: '打印', exact: true }).click()
  const warning = page.getByRole('dialog', { name: '还有未完成的内容' })
  await expect(warning).toContainText('{{年度}}')
  await expect(warning).toContainText('开展xx活动')
  await expect(warning).toContainText('以××为重点')
  await warning.getByRole('button', { name: '取消' }).click()
})

test('slots: the plan’s own unit and year fill {{单位}} and {{年度}} with one click; undo restores them', async ({
  page,
}) => {
  const plan = await seedSlotPlan(page)
  const slotStatus = page.getByTestId('slot-status')
  await expect(slotStatus).toHaveText('待填写 8 处')
  await slotStatus.click()
  const panel = page.getByRole('dialog', { name: '待填写' })
  await panel.getByRole('button', { name: '一键填入计划的单位和年度' }).click()
  await expect(page.locator('.doc-plan-title')).toHaveText('某某镇总工会2026年工作计划')
  await expect(page.locator('#doc-node-B .body-text')).toHaveText('某某镇总工会负责落实')
  await expect(slotStatus).toHaveText('待填写 2 处')
  await expect(panel.locator('.slot-group-toggle')).toHaveText([/20xx×1/, /xx×1/])
  await page.keyboard.press('Escape')

  await plan.tree.getByRole('treeitem').first().click()
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.locator('.doc-plan-title')).toHaveText('{{单位}}{{年度}}年工作计划')
  await expect(page.locator('#doc-node-A .body-text')).toHaveText('由{{单位}}牵头，开展xx活动')
  await expect(page.locator('#doc-node-B .body-text')).toHaveText('{{单位}}负责落实')
  await expect(slotStatus).toHaveText('待填写 8 处')
})

test('slots: a unit and year set in the plan form fill {{单位}} and {{年度}} in the plan', async ({
  page,
}) => {
  await seedSlotPlan(page)
  await page.goto('/#/')
  await page.getByRole('button', { name: '重命名 {{单位}}{{年度}}年工作计划' }).click()
  const dialog = page.getByRole('dialog', { name: '重命名计划' })
  await dialog.getByLabel('单位').fill('城关镇人大')
  await dialog.getByLabel('年度').fill('2027')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(
    page.getByText('已填写：5 处 {{单位}} 填为“城关镇人大”，1 处 {{年度}} 填为“2027”'),
  ).toBeVisible()
  await page.getByRole('link', { name: '城关镇人大2027年工作计划' }).click()
  await expect(page.locator('.doc-plan-title')).toHaveText('城关镇人大2027年工作计划')
  await expect(page.locator('.doc-preamble')).toContainText('20xx年，城关镇人大的总体思路是')
  await expect(page.locator('#doc-node-A .body-text')).toHaveText('由城关镇人大牵头，开展xx活动')
  await expect(page.getByTestId('slot-status')).toHaveText('待填写 2 处')
})

test('slots: a slot in the plan’s own title opens the plan’s form with it selected', async ({
  page,
}) => {
  await seedSlotPlan(page)
  const slotStatus = page.getByTestId('slot-status')
  await slotStatus.click()
  const panel = page.getByRole('dialog', { name: '待填写' })
  await panel.getByRole('button', { name: /^{{年度}}\s*×1/ }).click()
  await panel.getByRole('list', { name: '{{年度}} 的位置' }).getByRole('button').click()
  await expect(panel).toHaveCount(0)
  const form = page.getByRole('dialog', { name: '修改计划信息' })
  const title = form.getByLabel('计划标题')
  await expect(title).toBeFocused()
  await expect
    .poll(() =>
      title.evaluate((input: HTMLInputElement) =>
        input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      ),
    )
    .toBe('{{年度}}')
  await page.keyboard.type('2026')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.locator('.doc-plan-title')).toHaveText('{{单位}}2026年工作计划')
  await expect(slotStatus).toHaveText('待填写 7 处')
  // The place it was opened from is gone with the panel: focus is on the form's 修改 button.
  await expect(page.getByRole('button', { name: '修改计划标题、单位和年度' })).toBeFocused()
})
