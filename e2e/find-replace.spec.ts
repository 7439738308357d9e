import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { generateNKeysBetween } from 'fractional-indexing'
import { armEventLoopProbe, turnsCounted } from './fixtures/eventLoopProbe'
import { writeRows } from './fixtures/writeRows'

/** usePlanSearch's SEARCH_DELAY_MS: typing settles this long before a search starts. */
const SEARCH_DELAY_MS = 150

interface Row {
  id: string
  parentId: string | null
  title: string
  body?: string
}

const doc = (text?: string) =>
  text
    ? {
        type: 'doc',
        content: text.split('\n').map((line) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: line }],
        })),
      }
    : null

/**
 * A plan with a preamble, written straight into IndexedDB, then opened. Its title and unit do
 * not name 工会 unless given (find searches them too).
 */
async function seed(
  page: Page,
  planId: string,
  preamble: string,
  rows: Row[],
  info = { title: '某某街道2026年工作计划', unit: '某某街道' },
) {
  await page.goto('/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  const byParent = new Map<string | null, Row[]>()
  for (const row of rows) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row])
  const keys = new Map<string, string>()
  for (const siblings of byParent.values()) {
    const fresh = generateNKeysBetween(null, null, siblings.length)
    siblings.forEach((row, index) => keys.set(row.id, fresh[index]))
  }
  const now = Date.now()
  await writeRows(
    page,
    {
      id: planId,
      ...info,
      year: 2026,
      numbering: { scheme: 'standard', continuousLevel2: false },
      preamble: doc(preamble),
      createdAt: now,
      updatedAt: now,
      charCount: 0,
    },
    rows.map((row) => ({
      id: row.id,
      planId,
      parentId: row.parentId,
      orderKey: keys.get(row.id)!,
      title: row.title,
      body: doc(row.body),
      rev: 0,
    })),
  )
  await page.goto(`/#/plan/${planId}`)
  await page.reload()
  await page.getByRole('tree', { name: '计划大纲' }).waitFor()
}

const PREAMBLE = '以工会为纽带，服务职工。'
const ROWS: Row[] = [
  { id: 'A', parentId: null, title: '加强工会组织建设', body: '推进工会规范化建设。\n发挥作用。' },
  { id: 'A1', parentId: 'A', title: 'Ｘ项工作', body: '落实X项制度，工會经费管理。' },
  { id: 'B', parentId: null, title: '其他工作', body: '深化工会改革。' },
]

const findBar = (page: Page) => page.getByRole('search', { name: '查找替换' })
const count = (page: Page) => page.getByTestId('find-count')

/** The text painted as the current match and where it is (preamble / a node's title or body). */
const currentMatch = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights
    const [range] = [...(registry.get('find-current') ?? [])]
    if (!range) return null
    const element = range.startContainer.parentElement!
    const planField = element.closest('[data-plan-field]')?.getAttribute('data-plan-field')
    if (planField) return `plan.${planField}:${range.toString()}`
    const node = element.closest('.doc-node')?.getAttribute('data-node-id')
    const field = element.closest('.doc-title') ? 'title' : 'body'
    return `${node ?? 'preamble'}.${field}:${range.toString()}`
  })

const paintedCount = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights
    return (registry.get('find-match')?.size ?? 0) + (registry.get('find-current')?.size ?? 0)
  })

/** The preamble and every node's title and body as the document shows them. */
const documentText = (page: Page) =>
  page
    .locator('.doc-preamble, .doc-node')
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? '').join('\n'))

test('find: count, next / previous through preamble, titles and bodies, options, Escape', async ({
  page,
}) => {
  await seed(page, 'plan-find', PREAMBLE, ROWS)
  await page.getByRole('article', { name: '计划正文' }).click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+f')
  const query = findBar(page).getByRole('textbox', { name: '查找' })
  await expect(query).toBeFocused()
  await page.keyboard.type('工会')
  await expect(count(page)).toHaveText('共 4 处')
  await expect.poll(() => paintedCount(page)).toBe(4)

  await page.keyboard.press('Enter')
  await expect(count(page)).toHaveText('第 1 / 4 处')
  await expect.poll(() => currentMatch(page)).toBe('preamble.body:工会')
  await page.keyboard.press('Enter')
  await expect(count(page)).toHaveText('第 2 / 4 处')
  await expect.poll(() => currentMatch(page)).toBe('A.title:工会')
  await expect(page.getByRole('treeitem', { name: /加强工会组织建设/ })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('A.body:工会')
  await page.screenshot({ path: 'test-results-find/find-current.png' })
  await page.keyboard.press('Enter')
  await expect(count(page)).toHaveText('第 4 / 4 处')
  await expect.poll(() => currentMatch(page)).toBe('B.body:工会')
  await expect(page.getByRole('treeitem', { name: /其他工作/ })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  // The focus stayed in the query: Shift+Enter goes back, F3 on, past the end to the first.
  await expect(query).toBeFocused()
  await page.keyboard.press('Shift+Enter')
  await expect(count(page)).toHaveText('第 3 / 4 处')
  await page.keyboard.press('F3')
  await page.keyboard.press('F3')
  await expect(count(page)).toHaveText('第 1 / 4 处')

  // 简繁视为相同: 工會 in A1's body is found too.
  await findBar(page).getByRole('checkbox', { name: '简繁视为相同' }).check()
  await expect(count(page)).toHaveText('共 5 处')
  await query.fill('工會')
  await expect(count(page)).toHaveText('共 5 处')
  await findBar(page).getByRole('checkbox', { name: '简繁视为相同' }).uncheck()
  await expect(count(page)).toHaveText('共 1 处')

  // 全角/半角视为相同: Ｘ in A1's title and X in its body.
  await query.fill('x')
  await expect(count(page)).toHaveText('共 1 处')
  await findBar(page).getByRole('checkbox', { name: '全角/半角视为相同' }).check()
  await expect(count(page)).toHaveText('共 2 处')
  await query.press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('A1.title:Ｘ')

  // 整词匹配: 工会 is never a whole phrase here (always inside longer runs of characters).
  await query.fill('工会')
  await expect(count(page)).toHaveText('共 4 处')
  await findBar(page).getByRole('checkbox', { name: '整词匹配' }).check()
  await expect(count(page)).toHaveText('没有找到')
  await findBar(page).getByRole('checkbox', { name: '整词匹配' }).uncheck()

  // Escape with a match shown: the bar closes and the match is selected in its field.
  await query.press('Enter')
  await query.press('Enter')
  await query.press('Enter')
  await expect(count(page)).toHaveText('第 3 / 4 处')
  await page.keyboard.press('Escape')
  await expect(findBar(page)).toHaveCount(0)
  await expect(page.locator('#doc-node-A .ProseMirror')).toBeFocused()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('工会')
  await page.screenshot({ path: 'test-results-find/find-escape.png' })

  // Opened again from the editor: the last query is back; Escape without a match shown returns
  // the focus where it was.
  await page.keyboard.press('Control+f')
  await expect(query).toBeFocused()
  await expect(query).toHaveValue('工会')
  await expect(count(page)).toHaveText('共 4 处')
  await page.keyboard.press('Escape')
  await expect(findBar(page)).toHaveCount(0)
  await expect(page.locator('#doc-node-A .ProseMirror')).toBeFocused()
})

test('replace one, then replace all and undo it', async ({ page }) => {
  await seed(page, 'plan-replace', PREAMBLE, ROWS)
  await page.getByRole('button', { name: '查找替换' }).click()
  const bar = findBar(page)
  await bar.getByRole('textbox', { name: '查找' }).fill('工会')
  await bar.getByRole('textbox', { name: '替换为' }).fill('职工之家')
  await expect(count(page)).toHaveText('共 4 处')
  await page.screenshot({ path: 'test-results-find/find-bar.png' })
  const axe = await new AxeBuilder({ page }).include('.find-bar').analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])

  // Replace one: the first press shows the first match, the second replaces it.
  await bar.getByRole('button', { name: '替换', exact: true }).click()
  await expect(count(page)).toHaveText('第 1 / 4 处')
  await bar.getByRole('button', { name: '替换', exact: true }).click()
  await expect(count(page)).toHaveText('第 1 / 3 处')
  await expect.poll(() => currentMatch(page)).toBe('A.title:工会')
  await expect(page.locator('.doc-preamble')).toContainText('以职工之家为纽带')

  // Replace all: titles, bodies; one undo step brings everything back.
  await bar.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('status').getByText('已全部替换 3 处')).toBeVisible()
  await expect(count(page)).toHaveText('没有找到')
  await expect(page.getByRole('treeitem', { name: /加强职工之家组织建设/ })).toBeVisible()
  const replaced = await documentText(page)
  expect(replaced).not.toContain('工会')
  expect(replaced).toContain('推进职工之家规范化建设')
  expect(replaced).toContain('深化职工之家改革')
  await page.screenshot({ path: 'test-results-find/find-replaced.png' })

  // Ctrl+Z outside a text field (focus is on the 全部替换 button) undoes the whole replace.
  await expect(bar.getByRole('button', { name: '全部替换' })).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('treeitem', { name: /加强工会组织建设/ })).toBeVisible()
  await expect(count(page)).toHaveText('共 3 处')
  const undone = await documentText(page)
  expect(undone).toContain('推进工会规范化建设')
  expect(undone).toContain('深化工会改革')
  expect(undone).toContain('以职工之家为纽带')
  // And once more: the replace-one step.
  await page.keyboard.press('Control+z')
  await expect(count(page)).toHaveText('共 4 处')
  await expect(page.locator('.doc-preamble')).toContainText(PREAMBLE)
})

test('a 2,000-node plan: typing a query keeps the page responsive; replace all in one step', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const rows: Row[] = []
  for (let chapter = 0; chapter < 100; chapter++) {
    const id = `C${chapter}`
    rows.push({ id, parentId: null, title: `第${chapter}章 加强工会建设`, body: '总体要求。' })
    for (let item = 0; item < 19; item++)
      rows.push({
        id: `${id}-${item}`,
        parentId: id,
        title: `条目${chapter}-${item}`,
        body: `围绕中心工作，落实工作责任，推进职工之家建设第${item}项。\n坚持问题导向，健全工会经费审查监督制度，提高服务职工水平。`,
      })
  }
  await seed(page, 'plan-find-large', PREAMBLE, rows)
  await page.keyboard.press('Control+f')
  const query = findBar(page).getByRole('textbox', { name: '查找' })
  await expect(query).toBeFocused()

  // Keys a little past the 150 ms debounce apart: each next key lands while a search runs. Every
  // key is taken, in order, and the count is the last query's.
  for (const [index, character] of [...'经费审查监'].entries()) {
    await page.keyboard.type(character)
    await page.waitForTimeout([160, 170, 400, 165, 300][index])
  }
  // The last key's search yields between its slices: the event loop turns many times between
  // the search's start (the debounce) and its count (in one go it would turn once or twice).
  await armEventLoopProbe(page, {
    afterInputMs: SEARCH_DELAY_MS,
    status: '[data-testid="find-count"]',
    text: '共 1900 处',
  })
  await page.keyboard.type('督')
  await expect(count(page)).toHaveText('共 1900 处')
  await expect(query).toHaveValue('经费审查监督')
  // 17 turns here; 1 when the search runs in one go (FIELDS_PER_SLICE raised past the plan).
  expect(await turnsCounted(page)).toBeGreaterThanOrEqual(8)

  // Next jumps to a match far down: its node is selected in the tree and the match painted.
  await query.press('Shift+Enter')
  await expect(count(page)).toHaveText('第 1900 / 1900 处')
  const lastRow = page.getByRole('treeitem', { name: /条目99-18/ })
  await expect(lastRow).toHaveAttribute('aria-selected', 'true')
  await expect(lastRow).toBeInViewport()
  await expect.poll(() => currentMatch(page)).toBe('C99-18.body:经费审查监督')
  await expect(page.locator('#doc-node-C99-18 .body-text')).toBeInViewport()
  await expect(query).toBeFocused()

  await page.keyboard.press('Control+h')
  await findBar(page).getByRole('textbox', { name: '替换为' }).fill('经费审计监督')
  await findBar(page).getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('status').getByText('已全部替换 1900 处')).toBeVisible()
  await expect(count(page)).toHaveText('没有找到')
  await expect(page.getByRole('treeitem', { name: /条目99-18/ })).toBeVisible()
  expect(await page.locator('#doc-node-C99-18').textContent()).toContain('经费审计监督')
})

/** From now on, every text the match count shows is recorded (see recordedCounts). */
const recordCounts = (page: Page) =>
  page.evaluate(() => {
    const status = document.querySelector('[data-testid="find-count"]')!
    const seen: string[] = []
    ;(window as unknown as { countsSeen: string[] }).countsSeen = seen
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    })
  })
const recordedCounts = (page: Page) =>
  page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen)

test('text typed a moment ago is found at once, and replace all replaces it, losing nothing', async ({
  page,
}) => {
  await seed(page, 'plan-find-typed', PREAMBLE, ROWS)
  await page.locator('#doc-node-B .body-text').click()
  const live = page.locator('#doc-node-B .ProseMirror')
  await expect(live).toBeFocused()
  await page.keyboard.press('Control+End')
  // Typed as fast as keys go, then Ctrl+F at once: nothing of it is in the stored plan yet.
  await page.keyboard.type('推进厂务公开，', { delay: 0 })
  await page.keyboard.press('Control+f')
  const bar = findBar(page)
  await expect(bar.getByRole('textbox', { name: '查找' })).toBeFocused()
  await recordCounts(page)
  await page.keyboard.type('厂务公开', { delay: 0 })
  await expect(count(page)).toHaveText('共 1 处')
  // Found by the first search, not seconds later once the typing was folded into the plan.
  expect(await recordedCounts(page)).not.toContain('没有找到')
  await page.keyboard.press('Enter')
  await expect(count(page)).toHaveText('第 1 / 1 处')
  await expect.poll(() => currentMatch(page)).toBe('B.body:厂务公开')

  // Typed again, then replace all straight away: the typed text and the stored text both go.
  await page.keyboard.press('Escape')
  await expect(live).toBeFocused()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('落实厂务公开制度', { delay: 0 })
  await page.keyboard.press('Control+h')
  await recordCounts(page)
  await bar.getByRole('textbox', { name: '查找' }).fill('厂务公开')
  await expect(count(page)).toHaveText('共 2 处')
  expect(await recordedCounts(page)).not.toContain('共 1 处')
  await bar.getByRole('textbox', { name: '替换为' }).fill('民主管理')
  await bar.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('status').getByText('已全部替换 2 处')).toBeVisible()
  await expect(count(page)).toHaveText('没有找到')
  const expected = '深化工会改革。推进民主管理，落实民主管理制度'
  await expect(page.locator('#doc-node-B .body-text')).toHaveText(expected)
  const replaced = await documentText(page)
  expect(replaced).toContain('推进工会规范化建设。')
  expect(replaced).toContain('落实X项制度，工會经费管理。')
  expect(replaced).toContain(PREAMBLE)
  // As stored, not only as shown: after a reload the text is the same.
  await page.reload()
  await expect(page.locator('#doc-node-B .body-text')).toHaveText(expected)
})

test('the find bar stays clear of the check panel: every button can be reached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await seed(page, 'plan-find-panels', PREAMBLE, ROWS)
  await page.getByRole('button', { name: '检查' }).click()
  const check = page.getByRole('dialog', { name: '计划检查' })
  await expect(check).toBeVisible()
  await page.keyboard.press('Control+f')
  const bar = findBar(page)
  await expect(bar.getByRole('textbox', { name: '查找' })).toBeFocused()
  await page.keyboard.type('工会')
  await expect(count(page)).toHaveText('共 4 处')
  const [barBox, checkBox] = [await bar.boundingBox(), await check.boundingBox()]
  expect(barBox!.x + barBox!.width).toBeLessThanOrEqual(checkBox!.x)
  await page.screenshot({ path: test.info().outputPath('find-beside-check.png') })
  // Clicks land on the bar's own buttons (nothing lies over them).
  await bar.getByRole('button', { name: '下一处' }).click()
  await expect(count(page)).toHaveText('第 1 / 4 处')
  await bar.getByRole('button', { name: '关闭查找' }).click()
  await expect(bar).toHaveCount(0)
  await expect(check).toBeVisible()
})

test('replace all of the unit’s name changes the plan’s title and unit too, and undoes in one step', async ({
  page,
}) => {
  await seed(
    page,
    'plan-find-unit',
    '镇总工会将以工会为纽带，服务职工。',
    [{ id: 'A', parentId: null, title: '加强镇总工会自身建设', body: '镇总工会全体干部。' }],
    { title: '某某镇总工会2026年工作计划', unit: '某某镇总工会' },
  )
  const title = page.getByRole('heading', { level: 1 })
  const unit = page.locator('.doc-plan-unit')
  await page.keyboard.press('Control+h')
  const bar = findBar(page)
  await bar.getByRole('textbox', { name: '查找' }).fill('镇总工会')
  // The title and the unit are counted, first, as the document shows them.
  await expect(count(page)).toHaveText('共 5 处')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('plan.title:镇总工会')
  // Not under the bar, which floats over the document's top: room is made above the title.
  await expect
    .poll(async () => (await title.boundingBox())!.y - (await bar.boundingBox())!.y)
    .toBeGreaterThan((await bar.boundingBox())!.height)
  await page.screenshot({ path: test.info().outputPath('find-title-match.png') })
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect(count(page)).toHaveText('第 2 / 5 处')
  await expect.poll(() => currentMatch(page)).toBe('plan.unit:镇总工会')
  await page.screenshot({ path: test.info().outputPath('find-unit-match.png') })

  // 区分大小写 changes nothing here (no Latin letters), and is offered.
  await expect(bar.getByRole('checkbox', { name: '区分大小写' })).not.toBeChecked()

  await bar.getByRole('textbox', { name: '替换为' }).fill('街道总工会')
  await bar.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('status').getByText('已全部替换 5 处')).toBeVisible()
  await expect(title).toHaveText('某某街道总工会2026年工作计划')
  await expect(unit).toHaveText('某某街道总工会')
  await expect(page.locator('.doc-preamble')).toHaveText('街道总工会将以工会为纽带，服务职工。')
  await expect(page.getByRole('treeitem', { name: /加强街道总工会自身建设/ })).toBeVisible()
  await expect(count(page)).toHaveText('没有找到')
  // In the library too: the title and unit are the plan row's.
  await page.screenshot({ path: test.info().outputPath('find-unit-replaced.png') })

  // One Ctrl+Z: the title, the unit and the text all come back.
  await expect(bar.getByRole('button', { name: '全部替换' })).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(title).toHaveText('某某镇总工会2026年工作计划')
  await expect(unit).toHaveText('某某镇总工会')
  await expect(page.locator('.doc-preamble')).toHaveText('镇总工会将以工会为纽带，服务职工。')
  await expect(page.getByRole('treeitem', { name: /加强镇总工会自身建设/ })).toBeVisible()
  await expect(count(page)).toHaveText('共 5 处')
  // And redone, then kept after a reload (stored, not only shown).
  await page.keyboard.press('Control+Shift+z')
  await expect(title).toHaveText('某某街道总工会2026年工作计划')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('某某街道总工会2026年工作计划')
  await expect(page.locator('.doc-plan-unit')).toHaveText('某某街道总工会')

  // Closed, the room above the document goes again.
  await page.keyboard.press('Escape')
  await expect(findBar(page)).toHaveCount(0)
  const padding = await page.locator('.document-pane').evaluate((pane) => {
    const style = getComputedStyle(pane)
    return [style.paddingTop, style.paddingBottom]
  })
  expect(padding[0]).toBe(padding[1])

  // Escape on a title match opens the plan's form with the match selected there (修改).
  await page.keyboard.press('Control+f')
  await findBar(page).getByRole('textbox', { name: '查找' }).fill('街道')
  await expect(count(page)).toHaveText('共 5 处')
  await findBar(page).getByRole('textbox', { name: '查找' }).press('Enter')
  await page.keyboard.press('Escape')
  const form = page.getByRole('dialog', { name: '修改计划信息' })
  await expect(form).toBeVisible()
  await expect
    .poll(() =>
      page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement
        return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)
      }),
    )
    .toBe('街道')
})

test('区分大小写: Latin letters match in their own case only', async ({ page }) => {
  await seed(page, 'plan-find-case', '推进OA系统和oa平台建设。', [
    { id: 'A', parentId: null, title: '落实Oa工作', body: '做好OA运维。' },
  ])
  await page.keyboard.press('Control+f')
  const bar = findBar(page)
  await bar.getByRole('textbox', { name: '查找' }).fill('OA')
  await expect(count(page)).toHaveText('共 4 处')
  await bar.getByRole('checkbox', { name: '区分大小写' }).check()
  await expect(count(page)).toHaveText('共 2 处')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('preamble.body:OA')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('A.body:OA')
  await bar.getByRole('checkbox', { name: '区分大小写' }).uncheck()
  await expect(count(page)).toHaveText('共 4 处')
})

test('replace all covers 主送 and the 落款: counted, shown, undone in one step', async ({
  page,
}) => {
  await seed(
    page,
    'plan-find-closing',
    '镇总工会将以工会为纽带，服务职工。',
    [{ id: 'A', parentId: null, title: '加强镇总工会自身建设', body: '' }],
    {
      title: '某某镇总工会2026年工作计划',
      unit: '某某镇总工会',
      recipient: '镇总工会各部门',
      signature: '某某镇总工会',
    } as { title: string; unit: string },
  )
  const recipient = page.locator('.doc-recipient')
  const signature = page.locator('.doc-signature')
  await expect(recipient).toHaveText('镇总工会各部门：')
  await expect(signature).toHaveText('某某镇总工会')
  await page.keyboard.press('Control+h')
  const bar = findBar(page)
  await bar.getByRole('textbox', { name: '查找' }).fill('镇总工会')
  // Title, unit, 主送, preamble, the item's title, 落款.
  await expect(count(page)).toHaveText('共 6 处')
  await bar.getByRole('textbox', { name: '替换为' }).fill('街道总工会')
  await bar.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('status').getByText('已全部替换 6 处')).toBeVisible()
  await expect(recipient).toHaveText('街道总工会各部门：')
  await expect(signature).toHaveText('某某街道总工会')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('某某街道总工会2026年工作计划')
  // One Ctrl+Z brings every one of them back.
  await page.keyboard.press('Control+z')
  await expect(recipient).toHaveText('镇总工会各部门：')
  await expect(signature).toHaveText('某某镇总工会')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('某某镇总工会2026年工作计划')
})

test('replace all of a year reaches 附件说明 and 成文日期: counted, painted, undone in one step', async ({
  page,
}) => {
  await seed(
    page,
    'plan-find-date',
    '2026年是关键之年。',
    [{ id: 'A', parentId: null, title: '重点工作', body: '' }],
    {
      title: '某某镇总工会工作计划',
      unit: '某某镇总工会',
      attachments: ['2026年任务分解表', '考核办法'],
      issuedOn: '2026-01-05',
    } as { title: string; unit: string },
  )
  const attachments = page.locator('.doc-attachment')
  const date = page.locator('.doc-issuedDate')
  await expect(attachments).toHaveText(['附件：1.2026年任务分解表', '2.考核办法'])
  await expect(date).toHaveText('2026年1月5日')
  await page.keyboard.press('Control+h')
  const bar = findBar(page)
  await bar.getByRole('textbox', { name: '查找' }).fill('2026年')
  // The preamble, the first attachment's name, the date: in document order.
  await expect(count(page)).toHaveText('共 3 处')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('plan.attachments:2026年')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('plan.issuedOn:2026年')
  await page.screenshot({ path: test.info().outputPath('find-date-match.png') })
  // Another name of the list, after the first: painted in its own line.
  await bar.getByRole('textbox', { name: '查找' }).fill('考核')
  await bar.getByRole('textbox', { name: '查找' }).press('Enter')
  await expect.poll(() => currentMatch(page)).toBe('plan.attachments:考核')

  await bar.getByRole('textbox', { name: '查找' }).fill('2026年')
  await bar.getByRole('textbox', { name: '替换为' }).fill('2027年')
  await bar.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('status').getByText('已全部替换 3 处')).toBeVisible()
  await expect(attachments).toHaveText(['附件：1.2027年任务分解表', '2.考核办法'])
  await expect(date).toHaveText('2027年1月5日')
  await expect(page.locator('.doc-preamble')).toHaveText('2027年是关键之年。')
  await expect(count(page)).toHaveText('没有找到')
  // One Ctrl+Z brings all three back.
  await page.keyboard.press('Control+z')
  await expect(attachments).toHaveText(['附件：1.2026年任务分解表', '2.考核办法'])
  await expect(date).toHaveText('2026年1月5日')
  await expect(page.locator('.doc-preamble')).toHaveText('2026年是关键之年。')
  await expect(count(page)).toHaveText('共 3 处')
  // Redone, and stored: the plan form shows the new date after a reload.
  await page.keyboard.press('Control+Shift+z')
  await expect(date).toHaveText('2027年1月5日')
  await page.reload()
  await expect(page.locator('.doc-issuedDate')).toHaveText('2027年1月5日')
  await expect(page.locator('.doc-attachment').first()).toHaveText('附件：1.2027年任务分解表')
})
