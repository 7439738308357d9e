import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

const seedFile = [
  path.resolve('src/domain/import/fixtures/work-plan-samples.txt'),
  path.resolve('../shared/seed/work-plan-samples.txt'),
].find((file) => existsSync(file))

/** The plan's whole text as the document shows it: title, preamble, headings and bodies. */
const documentText = (plan: PlanPage) => plan.document.innerText()

const report = (page: Page) => page.getByRole('complementary', { name: '年度替换报告' })

/** The report entry whose context reads `text` (what is highlighted and around it). */
const entry = (panel: Locator, text: string | RegExp) =>
  panel.getByRole('listitem').filter({ has: panel.page().getByRole('button', { name: text }) })

test.describe('复制为新年度计划', () => {
  test('the seed’s 篇一 (20xx): next year’s plan, its report, no year left behind', async ({
    page,
  }, testInfo) => {
    await page.goto('/#/')
    await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
    const importDialog = page.getByRole('dialog', { name: '导入上一年计划' })
    await importDialog.getByLabel('粘贴计划全文').fill(readFileSync(seedFile!, 'utf8'))
    await importDialog.getByRole('button', { name: '预览' }).click()
    await expect(importDialog.getByLabel('计划标题')).toHaveValue('乡镇工会工作计划参考')
    await importDialog.getByLabel('年度').fill('2025')
    await importDialog.getByRole('button', { name: '导入 3 个计划' }).click()
    const plan = new PlanPage(page)
    await expect(
      page.getByRole('heading', { level: 1, name: '乡镇工会工作计划参考' }),
    ).toBeVisible()
    await expect(plan.document).toContainText('20xx年')

    await page.goto('/#/')
    await page
      .getByRole('button', { name: '复制为新年度计划 乡镇工会工作计划参考', exact: true })
      .click()
    const dialog = page.getByRole('dialog', { name: '复制为新年度计划' })
    await expect(dialog.getByLabel('新年度')).toHaveValue('2026')
    await expect(dialog.getByLabel('新计划标题')).toHaveValue('乡镇工会工作计划参考')
    // Bad input: the same year, an earlier one — a message, nothing made.
    await dialog.getByLabel('新年度').fill('2025')
    await dialog.getByRole('button', { name: '复制' }).click()
    await expect(dialog.getByRole('alert')).toHaveText(
      '新年度与原计划年度（2025年）相同，请填写以后的年份',
    )
    await dialog.getByLabel('新年度').fill('2024')
    await dialog.getByRole('button', { name: '复制' }).click()
    await expect(dialog.getByRole('alert')).toHaveText('新年度不能早于原计划年度（2025年）')
    await dialog.getByLabel('新年度').fill('2026')
    await dialog.getByRole('button', { name: '复制' }).click()
    // The title names no year, so it stays the source's: the library has it, and asks.
    const sameTitle = page.getByRole('dialog', { name: '已有同名计划' })
    await expect(sameTitle).toContainText('改名为“乡镇工会工作计划参考（2）”')
    await sameTitle.getByRole('button', { name: '仍然创建' }).click()

    // The copy opens with its report: 20xx年 in the preamble replaced, nothing left.
    const panel = report(page)
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('heading', { name: '已替换（1）' })).toBeVisible()
    await expect(panel.getByRole('heading', { name: '未替换（0）' })).toBeVisible()
    const replaced = entry(panel, /^2026年,镇总工会工作的总/)
    await expect(replaced).toContainText('开头段落')
    await expect(replaced).toContainText('占位年份：已改为 2026')
    await expect(page.getByRole('link', { name: '由《乡镇工会工作计划参考》复制' })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('seed-report.png') })
    // Closed from inside, focus goes back to the button that shows it again.
    await panel.getByRole('button', { name: '关闭' }).click()
    await expect(panel).toHaveCount(0)
    await expect(page.getByRole('button', { name: '年度替换报告' })).toBeFocused()

    const text = await documentText(plan)
    expect(text).toContain('2026年,镇总工会工作的总体思路是')
    // No year of the old plan and no 20xx placeholder anywhere in the new plan's text.
    expect(new Set(text.match(/20[0-9xX×]{2}/g))).toEqual(new Set(['2026']))
    expect(await plan.treeLines()).toContain('一、凝聚职工智慧力量,进一步推动科学发展')

    await page.goto('/#/')
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(5)
    await expect(rows.filter({ hasText: '2026' })).toHaveCount(1)
    await page.screenshot({ path: testInfo.outputPath('library.png') })
  })

  test('a real plan of 2025: years moved on, history and ranges listed; each place undone or kept', async ({
    page,
  }, testInfo) => {
    await seedPlan(page, { id: 'plan-2025', title: '某某镇总工会2025年工作计划', year: 2025 }, [
      { id: 'c1', parentId: null, title: '2025年重点工作' },
      {
        id: 'i1',
        parentId: 'c1',
        title: '深化劳动竞赛',
        body: '2024年以来，新建会员1200人，比2024年增长12%。到2025年底，组建率达到95%。',
      },
      {
        id: 'i2',
        parentId: 'c1',
        title: '实施2025—2027年职工素质提升三年行动',
        body: '自2018年以来，累计培训职工2025人次，全面完成“十四五”规划目标。',
      },
      { id: 'c2', parentId: null, title: '加强自身建设' },
      {
        id: 'i3',
        parentId: 'c2',
        title: '学习宣传工会法',
        body: '学习《中华人民共和国工会法（2018年修正）》，执行《职业技能标准（2016年版）》。',
      },
    ])
    const plan = new PlanPage(page)
    await page.getByRole('button', { name: '复制为新年度计划' }).click()
    const dialog = page.getByRole('dialog', { name: '复制为新年度计划' })
    await expect(dialog.getByLabel('新计划标题')).toHaveValue('某某镇总工会2026年工作计划')
    await dialog.getByRole('button', { name: '复制' }).click()

    await expect(
      page.getByRole('heading', { level: 1, name: '某某镇总工会2026年工作计划' }),
    ).toBeVisible()
    const panel = report(page)
    await expect(panel.getByRole('heading', { name: '已替换（3）' })).toBeVisible()
    await expect(panel.getByRole('heading', { name: '未替换（7）' })).toBeVisible()
    let text = await documentText(plan)
    expect(text).toContain('到2026年底')
    for (const kept of ['比2024年增长', '2025—2027年', '2018年修正', '2016年版', '自2018年以来'])
      expect(text).toContain(kept)
    expect(text).toContain('累计培训职工2025人次')
    expect(await plan.treeLines()).toContain('一、2026年重点工作')
    await page.screenshot({ path: testInfo.outputPath('real-plan-report.png') })

    // 撤销此处 on 到2026年底: that place only goes back, as one undoable step.
    const yearEnd = entry(panel, /到20\d\d年底/)
    await expect(yearEnd).toContainText('计划年度：已改为 2026')
    const axe = await new AxeBuilder({ page }).include('.rollover-panel').analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])

    // Clicking the text opens that body in the editor with the year selected.
    await yearEnd.getByRole('button', { name: /到2026年底/ }).click()
    await expect(plan.document.locator('.ProseMirror[contenteditable="true"]')).toBeFocused()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('2026')
    // 撤销此处 while that body is open and just typed in: the typing is kept, the place goes back.
    await page.keyboard.press('Control+End')
    await page.keyboard.type('（新增）')
    await yearEnd.getByRole('button', { name: '撤销此处' }).click()
    await expect(yearEnd).toContainText('已撤销，仍为 2025')
    text = await documentText(plan)
    expect(text).toContain('到2025年底，组建率达到95%。（新增）')
    expect(await plan.treeLines()).toContain('一、2026年重点工作')
    await page.keyboard.press('Control+z')
    await expect(plan.document).toContainText('到2026年底')
    await expect(yearEnd.getByRole('button', { name: '撤销此处' })).toBeVisible()

    // 比2024年: last year's base, listed; 改为 moves it to 2025.
    const lastYear = entry(panel, /比2024年增长12%/).filter({ hasText: '上一年度' })
    await lastYear.getByRole('button', { name: '改为“2025”' }).click()
    await expect(plan.document).toContainText('比2025年增长12%')

    // The range from the plan year is offered shifted whole.
    const range = entry(panel, /2025—2027年职工素质/)
    await expect(range).toContainText('实施2025—2027年职工素质提升三年行动 · 标题')
    await range.getByRole('button', { name: '改为“2026—2028”' }).click()
    await expect(plan.tree).toContainText('实施2026—2028年职工素质提升三年行动')

    // 保留为历史年份: the plan keeps 2016 as history (the plan check will not report it).
    const edition = entry(panel, /2016年版/)
    await edition.getByRole('button', { name: '保留为历史年份' }).click()
    await expect(edition).toContainText('已保留为历史年份')
    await expect(panel).toContainText('已保留的历史年份：2016')
    await expect(entry(panel, /十四五/)).toContainText('2026年属于“十五五”时期')

    // The report survives a reload and is opened again from the toolbar.
    await page.reload()
    await expect(report(page)).toHaveCount(0)
    await page.getByRole('button', { name: '年度替换报告' }).click()
    await expect(report(page).getByRole('heading', { name: '已替换（3）' })).toBeVisible()
    await expect(entry(report(page), /2016年版/)).toContainText('已保留为历史年份')

    // The report and the plan check share the right side: opening one closes the other.
    await page.getByRole('button', { name: '检查' }).click()
    await expect(page.getByRole('dialog', { name: '计划检查' })).toBeVisible()
    await expect(report(page)).toHaveCount(0)
    await page.getByRole('button', { name: '年度替换报告' }).click()
    await expect(report(page).getByRole('heading', { name: '已替换（3）' })).toBeVisible()
    await expect(page.getByRole('dialog', { name: '计划检查' })).toHaveCount(0)
    await expect(
      entry(report(page), /比2025年增长12%/).filter({ hasText: '上一年度' }),
    ).toContainText('已改为 2025')

    // The link back to the source, which is unchanged.
    await page.getByRole('link', { name: '由《某某镇总工会2025年工作计划》复制' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: '某某镇总工会2025年工作计划' }),
    ).toBeVisible()
    await expect(plan.document).toContainText('到2025年底')
    await expect(plan.document).toContainText('比2024年增长12%')
  })

  test('只保留大纲: the copy has the titles only', async ({ page }) => {
    await seedPlan(page, { id: 'plan-outline', title: '2025年工作要点', year: 2025 }, [
      { id: 'c1', parentId: null, title: '2025年主要目标', body: '到2025年底完成。' },
    ])
    await page.getByRole('button', { name: '复制为新年度计划' }).click()
    const dialog = page.getByRole('dialog', { name: '复制为新年度计划' })
    await expect(dialog.getByRole('note')).toHaveCount(0)
    await dialog.getByLabel('新年度').fill('2027')
    await dialog.getByLabel(/只保留大纲/).check()
    await dialog.getByRole('button', { name: '复制' }).click()
    const plan = new PlanPage(page)
    await expect(page.getByRole('heading', { level: 1, name: '2027年工作要点' })).toBeVisible()
    expect(await plan.treeLines()).toEqual(['一、2027年主要目标'])
    await expect(plan.document).not.toContainText('年底完成')
    await expect(report(page).getByRole('heading', { name: '已替换（2）' })).toBeVisible()
  })
})

test('a plan whose title names another year than its plan year is flagged, and rolled from that year', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'plan-mismatch', title: '某某镇总工会2025年工作计划', year: 2027 }, [
    { id: 'c1', parentId: null, title: '2025年主要目标' },
  ])
  await page.getByRole('button', { name: '复制为新年度计划' }).click()
  const dialog = page.getByRole('dialog', { name: '复制为新年度计划' })
  await expect(dialog.getByRole('note')).toContainText(
    '标题中的年份（2025年）与计划年度（2027年）不一致',
  )
  await expect(dialog.getByLabel('新年度')).toHaveValue('2028')
  await expect(dialog.getByLabel('新计划标题')).toHaveValue('某某镇总工会2025年工作计划')
  await page.screenshot({ path: testInfo.outputPath('dialog.png') })
  // Taken at its title's word: the 2025 text moves on to 2026.
  await dialog.getByRole('button', { name: '按2025年替换' }).click()
  await expect(dialog.getByRole('note')).toHaveCount(0)
  await expect(dialog.getByLabel('新年度')).toHaveValue('2026')
  await expect(dialog.getByLabel('新计划标题')).toHaveValue('某某镇总工会2026年工作计划')
  await dialog.getByRole('button', { name: '复制' }).click()
  const plan = new PlanPage(page)
  await expect(
    page.getByRole('heading', { level: 1, name: '某某镇总工会2026年工作计划' }),
  ).toBeVisible()
  expect(await plan.treeLines()).toEqual(['一、2026年主要目标'])
})

test('开局之年 is never moved silently; the report and the plan check agree at every decision', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'plan-2026', title: '某某镇总工会2026年工作计划', year: 2026 }, [
    { id: 'c1', parentId: null, title: '总体要求' },
    {
      id: 'i1',
      parentId: 'c1',
      title: '把握形势',
      body: '2026年是“十五五”规划的开局之年。会员人数比2025年提高5%。',
    },
    { id: 'i2', parentId: 'c1', title: '加强领导', body: '落实工作责任。' },
  ])
  const plan = new PlanPage(page)
  await page.getByRole('button', { name: '复制为新年度计划' }).click()
  const dialog = page.getByRole('dialog', { name: '复制为新年度计划' })
  await expect(dialog.getByLabel('新年度')).toHaveValue('2027')
  await dialog.getByRole('button', { name: '复制' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: '某某镇总工会2027年工作计划' }),
  ).toBeVisible()

  // The sentence still reads 2026 (2027年是……开局之年 would be false); listed with the reason.
  const panel = report(page)
  await expect(panel.getByRole('heading', { name: '已替换（1）' })).toBeVisible()
  await expect(panel.getByRole('heading', { name: '未替换（2）' })).toBeVisible()
  await expect(plan.document).toContainText('2026年是“十五五”规划的开局之年')
  const milestone = entry(panel, /2026年是“十五五”/)
  await expect(milestone).toContainText(
    '“十五五”的开局之年是2026年，此句改为2027年就不成立了：可保留为历史年份，或改写此句',
  )
  await expect(milestone.getByRole('button', { name: /^改为/ })).toHaveCount(0)
  const counts = panel.getByTestId('rollover-counts')
  await expect(counts).toHaveText('现在：已替换 1 处 · 已确认保留 0 处 · 待确认 2 处')
  await page.screenshot({ path: testInfo.outputPath('milestone-report.png') })

  // 检查 reports the same two places.
  const check = page.getByRole('dialog', { name: '计划检查' })
  const yearFindings = () => check.locator('.check-item').filter({ hasText: '不是计划年度' })
  await page.getByRole('button', { name: '检查' }).click()
  await expect(yearFindings()).toHaveCount(2)
  await expect(yearFindings().filter({ hasText: '“2026年”' })).toHaveCount(1)
  await expect(yearFindings().filter({ hasText: '“2025年”' })).toHaveCount(1)

  // The report's 改为“2026”: a comparison year, accepted by 检查; 开局之年's 2026 is not.
  await page.getByRole('button', { name: '年度替换报告' }).click()
  const lastYear = entry(report(page), /比20\d\d年提高5%/)
  await lastYear.getByRole('button', { name: '改为“2026”' }).click()
  await expect(plan.document).toContainText('比2026年提高5%')
  await expect(lastYear).toContainText('已改为 2026（对比年份）')
  await expect(report(page)).toContainText('已作为对比年份：2026')
  await expect(counts).toHaveText('现在：已替换 2 处 · 已确认保留 0 处 · 待确认 1 处')
  await page.getByRole('button', { name: '检查' }).click()
  await expect(yearFindings()).toHaveCount(1)
  const left = yearFindings().first()
  await expect(left).toContainText('2026年是“十五五”')
  // 检查 offers 保留为历史年份 only: a year said to be 开局之年 is no base of comparison.
  await expect(left.getByRole('button', { name: /^作为对比年份/ })).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('milestone-check.png') })

  // 保留为历史年份 from the report: counted as kept, and 检查 has nothing left.
  await page.getByRole('button', { name: '年度替换报告' }).click()
  await milestone.getByRole('button', { name: '保留为历史年份' }).click()
  await expect(milestone).toContainText('已保留为历史年份')
  await expect(counts).toHaveText('现在：已替换 2 处 · 已确认保留 1 处 · 待确认 0 处')
  // Every decision can be undone: 取消保留 (the same button, focus stays), then Ctrl+Z.
  const cancel = milestone.getByRole('button', { name: '取消保留' })
  await expect(cancel).toBeFocused()
  await cancel.click()
  await expect(counts).toHaveText('现在：已替换 2 处 · 已确认保留 0 处 · 待确认 1 处')
  await page.keyboard.press('Control+z')
  await expect(counts).toHaveText('现在：已替换 2 处 · 已确认保留 1 处 · 待确认 0 处')
  await page.getByRole('button', { name: '检查' }).click()
  await expect(check.getByText('没有发现问题')).toBeVisible()

  // 撤销此处 on 改为“2026”: the text goes back and 检查 reports 2025 again.
  await page.getByRole('button', { name: '年度替换报告' }).click()
  await lastYear.getByRole('button', { name: '撤销此处' }).click()
  await expect(plan.document).toContainText('比2025年提高5%')
  await expect(report(page)).not.toContainText('已作为对比年份')
  // 作为对比年份 keeps 2025 as written — its own choice, not 保留为历史年份.
  await lastYear.getByRole('button', { name: '作为对比年份' }).click()
  await expect(lastYear).toContainText('已作为对比年份')
  await expect(lastYear.getByRole('button', { name: '取消对比年份' })).toBeFocused()
  await expect(counts).toHaveText('现在：已替换 1 处 · 已确认保留 2 处 · 待确认 0 处')
  await page.getByRole('button', { name: '检查' }).click()
  await expect(check.getByText('没有发现问题')).toBeVisible()
})
