import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

/** A 2026 plan with one of each problem the check looks for. */
async function openSeededPlan(page: Page) {
  await seedPlan(page, { id: 'plan-check', title: '某某镇总工会2026年工作计划', year: 2026 }, [
    { id: 'A', parentId: null, title: '（一）总体要求', body: '加强学习,提高素质.' },
    { id: 'B', parentId: null, title: '重点工作', body: '全面完成2025年确定的各项目标。' },
    { id: 'C', parentId: null, title: '加强组织领导。', body: '组织××名职工参加培训。' },
    { id: 'D', parentId: null, title: '', body: '' },
    { id: 'E', parentId: null, title: '重点工作', body: '另一段正文。' },
    { id: 'F', parentId: null, title: '保障措施', body: '' },
    { id: 'F1', parentId: 'F', title: '落实经费', body: '经费正文。' },
  ])
  const plan = new PlanPage(page)
  await page.getByRole('button', { name: '检查' }).click()
  const panel = page.getByRole('dialog', { name: '计划检查' })
  await expect(panel).toBeVisible()
  return { plan, panel }
}

const group = (panel: ReturnType<Page['getByRole']>, name: string) =>
  panel.getByRole('region', { name: new RegExp(`^${name}`) })

/** The finding button whose text contains `text`. */
const finding = (panel: ReturnType<Page['getByRole']>, text: string) =>
  panel.locator('.check-item').filter({ hasText: text })

test.describe('plan check (检查)', () => {
  test('lists one of each problem, grouped by kind with counts', async ({ page }) => {
    const { panel } = await openSeededPlan(page)
    const groups = await panel.locator('.check-group-title').allInnerTexts()
    expect(groups.map((text) => text.replace(/\s+/g, ''))).toEqual([
      '待填写内容1',
      '空条目1',
      '可能遗留的年份1',
      '标题里手写的序号1',
      '中文里的半角标点1',
      '句号混用（。/.）1',
      '标题以句号结尾1',
      '重复的标题1',
      '只有一个下级条目1',
    ])
    await expect(finding(panel, '待填写：“××”')).toContainText('三、加强组织领导。 · 正文')
    await expect(finding(panel, '空条目：没有标题和正文')).toContainText('四、（无标题）')
    await expect(finding(panel, '“2025年”不是计划年度（2026年），可能是去年遗留的')).toBeVisible()
    await expect(finding(panel, '标题里手写了序号“（一）”')).toContainText('一、（一）总体要求')
    await expect(finding(panel, '与同级的“二、重点工作”标题重复')).toContainText('五、重点工作')
    await expect(finding(panel, '只有一个下级条目“（一）落实经费”')).toBeVisible()
    await expect(panel.getByText('共 9 处')).toBeVisible()
    await page.screenshot({ path: '/tmp/plan-check-panel.png' })
    const axe = await new AxeBuilder({ page }).include('.check-panel').analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])
  })

  test('clicking a finding selects its place: the item, and the text in its body or title', async ({
    page,
  }) => {
    const { plan, panel } = await openSeededPlan(page)
    await finding(panel, '待填写：“××”').locator('.check-finding').click()
    await expect(plan.row('加强组织领导。')).toHaveAttribute('aria-selected', 'true')
    const live = page.locator('#doc-node-C .ProseMirror')
    await expect(live).toBeFocused()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('××')

    await finding(panel, '标题里手写了序号').locator('.check-finding').click()
    await expect(plan.row('（一）总体要求')).toHaveAttribute('aria-selected', 'true')
    const title = page.locator('#doc-node-A .doc-title-input')
    await expect(title).toBeFocused()
    await expect
      .poll(() =>
        title.evaluate((input: HTMLInputElement) =>
          input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
        ),
      )
      .toBe('（一）')

    // The keyboard: ↓ moves between findings, Enter jumps, Escape closes the panel.
    await panel.locator('.check-finding').first().focus()
    await page.keyboard.press('ArrowDown')
    await expect(panel.locator('.check-finding').nth(1)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await expect(page.getByRole('button', { name: '检查' })).toBeFocused()
  })

  test('修正 turns half-width punctuation full-width and removes a typed number; undo restores', async ({
    page,
  }) => {
    const { plan, panel } = await openSeededPlan(page)
    const bodyA = page.locator('#doc-node-A .body-text').first()
    await expect(bodyA).toHaveText('加强学习,提高素质.')

    await finding(panel, '中文里用了半角“,”')
      .getByRole('button', { name: /^改为全角/ })
      .click()
    await expect(bodyA).toHaveText('加强学习，提高素质.')
    await expect(finding(panel, '中文里用了半角“,”')).toHaveCount(0)

    await finding(panel, '标题里手写了序号')
      .getByRole('button', { name: /^删除手写序号/ })
      .click()
    await expect(plan.row('总体要求')).toBeVisible()
    await expect(plan.row('（一）总体要求')).toHaveCount(0)
    await expect(page.locator('#doc-node-A')).toContainText('一、总体要求')
    await expect(finding(panel, '标题里手写了序号')).toHaveCount(0)
    await expect(panel.getByText('共 7 处')).toBeVisible()

    await plan.row('总体要求').click()
    await page.keyboard.press('Control+z')
    await expect(plan.row('（一）总体要求')).toBeVisible()
    await page.keyboard.press('Control+z')
    await expect(bodyA).toHaveText('加强学习,提高素质.')
    await expect(finding(panel, '中文里用了半角“,”')).toHaveCount(1)
    await expect(finding(panel, '标题里手写了序号')).toHaveCount(1)
  })

  test('a fix in the body being edited shows in its editor', async ({ page }) => {
    const { panel } = await openSeededPlan(page)
    await finding(panel, '中文句末用了半角句点').locator('.check-finding').click()
    const live = page.locator('#doc-node-A .ProseMirror')
    await expect(live).toBeFocused()
    await finding(panel, '中文句末用了半角句点')
      .getByRole('button', { name: /^改为“。”/ })
      .click()
    await expect(page.locator('#doc-node-A')).toContainText('加强学习,提高素质。')
    await expect(finding(panel, '中文句末用了半角句点')).toHaveCount(0)
  })

  test('an old year is reported; 保留为历史年份 takes it off the list', async ({ page }) => {
    const { panel } = await openSeededPlan(page)
    const year = finding(panel, '“2025年”不是计划年度')
    await expect(year).toContainText('全面完成2025年确定的各项目标')
    await year.getByRole('button', { name: /^保留为历史年份/ }).click()
    await expect(year).toHaveCount(0)
    await expect(group(panel, '可能遗留的年份')).toHaveCount(0)
    // Kept with the plan: still gone after a reload.
    await page.reload()
    await page.getByRole('button', { name: '检查' }).click()
    await expect(page.getByRole('dialog', { name: '计划检查' }).getByText('共 8 处')).toBeVisible()
    await expect(finding(page.getByRole('dialog', { name: '计划检查' }), '2025年')).toHaveCount(0)
  })

  test('before export the warning shows what the check found; 查看 opens the check', async ({
    page,
  }) => {
    const { panel } = await openSeededPlan(page)
    await panel.getByRole('button', { name: '关闭检查' }).click()
    await page.getByRole('button', { name: '导出', exact: true }).click()
    await page.getByRole('menuitem', { name: /纯文本/ }).click()
    await page
      .getByRole('dialog', { name: /导出 纯文本/ })
      .getByRole('button', { name: '导出', exact: true })
      .click()
    const warning = page.getByRole('dialog', { name: '还有未完成的内容' })
    // Slots and empty items are the export's own list; the check adds the rest (no hints).
    await expect(warning).toContainText(
      '计划检查发现 6 处问题：可能遗留的年份 1 处、标题里手写的序号 1 处',
    )
    await page.screenshot({ path: '/tmp/plan-check-export.png' })
    await warning.getByRole('button', { name: '查看' }).click()
    await expect(warning).toBeHidden()
    await expect(page.getByRole('dialog', { name: '计划检查' })).toBeVisible()
  })

  test('printing is an export: 打印 shows what the check found; 查看 goes back to the plan with the check open', async ({
    page,
  }) => {
    const { panel } = await openSeededPlan(page)
    await panel.getByRole('button', { name: '关闭检查' }).click()
    await page.goto('/#/plan/plan-check/print')
    await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible()
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    const print = page.getByRole('button', { name: '打印', exact: true })
    await print.click()
    const warning = page.getByRole('dialog', { name: '还有未完成的内容' })
    await expect(warning).toContainText(
      '计划检查发现 6 处问题：可能遗留的年份 1 处、标题里手写的序号 1 处',
    )
    await page.screenshot({ path: test.info().outputPath('plan-check-print.png') })
    // Not blocking: 继续打印 prints.
    await warning.getByRole('button', { name: '继续打印' }).click()
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')

    await print.click()
    await warning.getByRole('button', { name: '查看' }).click()
    await expect(page).toHaveURL(/#\/plan\/plan-check$/)
    const check = page.getByRole('dialog', { name: '计划检查' })
    await expect(check).toBeVisible()
    await expect(check.getByText('共 9 处')).toBeVisible()
  })

  test('the plan’s own title and unit are checked; the finding opens the plan’s form there', async ({
    page,
  }) => {
    await seedPlan(
      page,
      { id: 'plan-title-check', title: '{{单位}}2025年工作计划', unit: '某某镇总工会', year: 2026 },
      [{ id: 'A', parentId: null, title: '重点工作', body: '正文。' }],
    )
    await page.getByRole('button', { name: '检查' }).click()
    const panel = page.getByRole('dialog', { name: '计划检查' })
    await expect(finding(panel, '待填写：“{{单位}}”')).toContainText('计划标题')
    const year = finding(panel, '“2025年”不是计划年度（2026年）')
    await expect(year).toContainText('计划标题')
    await expect(year).toContainText('{{单位}}2025年工作计划')
    await expect(panel.getByText('共 2 处')).toBeVisible()

    await year.locator('.check-finding').click()
    const form = page.getByRole('dialog', { name: '修改计划信息' })
    await expect(form).toBeVisible()
    const title = form.getByLabel('计划标题')
    await expect(title).toBeFocused()
    await expect
      .poll(() =>
        title.evaluate((input: HTMLInputElement) =>
          input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
        ),
      )
      .toBe('2025年')
    await page.screenshot({ path: test.info().outputPath('plan-title-form.png') })
    await page.keyboard.type('2026年')
    await form.getByRole('button', { name: '保存' }).click()
    await expect(form).toHaveCount(0)
    await expect(page.locator('.doc-plan-title')).toHaveText('{{单位}}2026年工作计划')
    await expect(year).toHaveCount(0)
    // Focus is back in the panel (its finding is gone): ↓ goes on to the next finding.
    await expect(panel).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(finding(panel, '待填写：“{{单位}}”').locator('.check-finding')).toBeFocused()
    await expect(panel.getByText('共 1 处')).toBeVisible()

    // The slot: the form again, {{单位}} selected; the plan's own unit typed over it.
    await finding(panel, '待填写：“{{单位}}”').locator('.check-finding').click()
    await expect(title).toBeFocused()
    await page.keyboard.type('某某镇总工会')
    await page.keyboard.press('Enter')
    await expect(form).toHaveCount(0)
    await expect(page.locator('.doc-plan-title')).toHaveText('某某镇总工会2026年工作计划')
    await expect(panel.getByText('没有发现问题')).toBeVisible()
  })
})

test('a 2,000-item plan: the check lists its findings, jumps far down, and typing goes on while it re-checks', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const rows: Parameters<typeof seedPlan>[2] = []
  for (let chapter = 0; chapter < 100; chapter++) {
    const id = `C${chapter}`
    rows.push({ id, parentId: null, title: `第${chapter}章 加强工会建设`, body: '总体要求。' })
    for (let item = 0; item < 19; item++)
      rows.push({
        id: `${id}-${item}`,
        parentId: id,
        title: `条目${chapter}-${item}`,
        body: `围绕中心工作，落实工作责任，推进职工之家建设第${item}项。\n坚持问题导向，提高服务职工水平。`,
      })
  }
  rows[rows.length - 1].body = '巩固2025年成果,推进职工之家建设。'
  await seedPlan(page, { id: 'plan-check-large', title: '2026年工作计划', year: 2026 }, rows)
  const plan = new PlanPage(page)

  await page.getByRole('button', { name: '检查' }).click()
  const panel = page.getByRole('dialog', { name: '计划检查' })
  await expect(panel.getByText('共 2 处')).toBeVisible({ timeout: 30_000 })

  await finding(panel, '中文里用了半角“,”').locator('.check-finding').click()
  const last = plan.row(/条目99-18/)
  await expect(last).toHaveAttribute('aria-selected', 'true')
  await expect(last).toBeInViewport()
  const live = page.locator('#doc-node-C99-18 .ProseMirror')
  await expect(live).toBeFocused()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(',')

  // Typing with the panel open: each saved draft re-checks the plan. Keys at 30 ms, then at a
  // pace that lets the re-checks run between them: every key lands, in order.
  await page.keyboard.press('End')
  await page.keyboard.type('继续加强', { delay: 30 })
  for (const character of ',学习') {
    await page.keyboard.type(character)
    await page.waitForTimeout(250)
  }
  await expect(live).toContainText('巩固2025年成果,推进职工之家建设。继续加强,学习')
  // The second half-width comma typed shows up in the list.
  await expect(panel.getByText('共 3 处')).toBeVisible({ timeout: 15_000 })
  await plan.waitSaved()
})
