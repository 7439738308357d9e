import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import mammoth from 'mammoth'
import { PlanPage } from './fixtures/planPage'
import { seedPlan, type SeedNode } from './fixtures/seedPlan'

const comparePanel = (page: Page) => page.getByRole('complementary', { name: '与上一年对比' })

/** Last year's plan: years in titles and bodies, which the roll-over moves on. */
const lastYear: SeedNode[] = [
  { id: 'c1', parentId: null, title: '强化思想政治引领' },
  { id: 'c1a', parentId: 'c1', title: '深化理论学习', body: '2025年组织集中学习4次。' },
  { id: 'c1b', parentId: 'c1', title: '加强宣传教育' },
  { id: 'c2', parentId: null, title: '深化劳动竞赛' },
  { id: 'c2a', parentId: 'c2', title: '开展岗位练兵', body: '全年举办技能比武3场。' },
  { id: 'c2b', parentId: 'c2', title: '做好2025年度评先工作' },
  { id: 'c3', parentId: null, title: '加强工会自身建设' },
]

test.describe('与上一年对比', () => {
  test('after a roll-over and three edits it shows exactly those three, each leading to its place', async ({
    page,
  }, testInfo) => {
    const plan = new PlanPage(page)
    await seedPlan(
      page,
      { id: 'plan-2025', title: '某某镇总工会2025年工作计划', year: 2025 },
      lastYear,
    )
    await page.getByRole('button', { name: '复制为新年度计划' }).click()
    await page
      .getByRole('dialog', { name: '复制为新年度计划' })
      .getByRole('button', { name: '复制' })
      .click()
    await expect(
      page.getByRole('heading', { level: 1, name: '某某镇总工会2026年工作计划' }),
    ).toBeVisible()
    const rolloverReport = page.getByRole('complementary', { name: '年度替换报告' })
    await expect(rolloverReport).toBeVisible()

    // Straight after the roll-over: its moved-on years are no difference.
    await page.getByRole('button', { name: '与上一年对比' }).click()
    const panel = comparePanel(page)
    await expect(panel).toBeVisible()
    // The comparison shares the right side with the report: one closes the other.
    await expect(rolloverReport).toHaveCount(0)
    await expect(panel).toContainText('对比：《某某镇总工会2025年工作计划》（2025年度）')
    await expect(panel.getByRole('status')).toHaveText('与上一年相比没有变化。')
    await panel.getByRole('button', { name: '关闭' }).click()
    await expect(panel).toHaveCount(0)

    // 1. A body changed, typed as a user types.
    await plan.row('（一）开展岗位练兵').click()
    const item = plan.document.getByRole('region', { name: '（一）开展岗位练兵' })
    await item.getByText('全年举办技能比武3场。').click()
    await expect(item.getByRole('textbox', { name: /正文/ })).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type('新增职工书屋两处。', { delay: 30 })
    await page.keyboard.press('Escape')
    // 2. The third chapter moved up to the top.
    await plan.row('三、加强工会自身建设').focus()
    await page.keyboard.press('Alt+ArrowUp')
    await page.keyboard.press('Alt+ArrowUp')
    await expect(plan.row('一、加强工会自身建设')).toBeVisible()
    // 3. An item added after 加强宣传教育.
    await plan.row('（二）加强宣传教育').click()
    await expect(plan.row('（二）加强宣传教育')).toHaveAttribute('aria-selected', 'true')
    await page.getByRole('button', { name: '添加同级' }).click()
    await plan.typeRowTitle('开展职工读书活动')
    await expect(plan.row('（三）开展职工读书活动')).toBeVisible()
    await plan.waitSaved()

    await page.getByRole('button', { name: '与上一年对比' }).click()
    await expect(panel.getByRole('status')).toHaveText(
      '与上一年相比：新增 1 项，移动 1 项，修改 1 项。',
    )
    const differences = panel.getByRole('list', { name: '差异' }).getByRole('listitem')
    await expect(differences).toHaveCount(3)
    await expect(differences.nth(0).getByRole('button')).toHaveAccessibleName(
      '移动：三、加强工会自身建设 → 一、加强工会自身建设',
    )
    await expect(differences.nth(1).getByRole('button')).toHaveAccessibleName(
      '新增：（三）开展职工读书活动',
    )
    await expect(differences.nth(2).getByRole('button')).toHaveAccessibleName(
      '修改：（一）开展岗位练兵',
    )
    // The changed text marked: nothing struck out, the sentence typed underlined as new.
    await expect(differences.nth(2).locator('ins')).toHaveText('新增职工书屋两处。')
    await expect(differences.nth(2).locator('del')).toHaveCount(0)
    await expect(panel.getByRole('button', { name: '修改 1' })).toBeVisible()
    await expect(panel.getByRole('button', { name: '删除 0' })).toBeDisabled()
    await page.screenshot({ path: testInfo.outputPath('compare-panel.png') })

    // Each difference leads to its place: the changed body opens with the new text selected.
    await differences.nth(2).getByRole('button').click()
    const body = plan.document
      .getByRole('region', { name: '（一）开展岗位练兵' })
      .getByRole('textbox', { name: /正文/ })
    await expect(body).toBeFocused()
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('新增职工书屋两处。')
    await page.keyboard.press('Escape')
    await differences.nth(1).getByRole('button').click()
    await expect(plan.row('（三）开展职工读书活动')).toHaveAttribute('aria-selected', 'true')
    await differences.nth(0).getByRole('button').click()
    await expect(plan.row('一、加强工会自身建设')).toHaveAttribute('aria-selected', 'true')

    // A filter shows one kind.
    await panel.getByRole('button', { name: '移动 1' }).click()
    await expect(differences).toHaveCount(1)
    await panel.getByRole('button', { name: '全部 3' }).click()
    await expect(differences).toHaveCount(3)

    // The comparison as a Word table: 变化 / 上一年 / 本年, one row per difference.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '导出 Word 对比表' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('某某镇总工会2026年工作计划与上一年对比.docx')
    const file = testInfo.outputPath('compare.docx')
    await download.saveAs(file)
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(file) })
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((match) =>
      [...match[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((cell) =>
        cell[1].replace(/<[^>]+>/g, ''),
      ),
    )
    expect(rows).toEqual([
      ['变化', '上一年（2025年）', '本年（2026年）'],
      ['移动', '三、加强工会自身建设', '一、加强工会自身建设'],
      ['新增', '（上一年没有）', '（三）开展职工读书活动'],
      [
        '修改',
        '（一）开展岗位练兵全年举办技能比武3场。',
        '（一）开展岗位练兵全年举办技能比武3场。新增职工书屋两处。',
      ],
    ])

    // The plan check takes the right side: the comparison closes.
    await page.getByRole('button', { name: '检查', exact: true }).click()
    await expect(panel).toHaveCount(0)
  })

  test('a plan without lineage asks which plan to compare with, then pairs items by title', async ({
    page,
  }) => {
    await seedPlan(
      page,
      { id: 'plan-2025', title: '某某镇总工会2025年工作计划', year: 2025 },
      lastYear,
    )
    // This year's plan typed afresh (or imported): no link to last year's.
    await seedPlan(page, { id: 'plan-2026', title: '某某镇总工会2026年工作计划', year: 2026 }, [
      { id: 'n1', parentId: null, title: '强化思想政治引领' },
      { id: 'n2', parentId: 'n1', title: '深化职工理论学习', body: '2026年组织集中学习4次。' },
      { id: 'n3', parentId: 'n1', title: '加强宣传教育' },
      { id: 'n4', parentId: null, title: '深化劳动竞赛' },
      { id: 'n5', parentId: 'n4', title: '开展岗位练兵', body: '全年举办技能比武3场。' },
      { id: 'n6', parentId: 'n4', title: '做好2026年度评先工作' },
    ])
    await page.getByRole('button', { name: '与上一年对比' }).click()
    const panel = comparePanel(page)
    await expect(panel).toContainText('这份计划不是由“复制为新年度计划”生成的。')
    const chooser = panel.getByLabel('选择要对比的计划（上一年）')
    await expect(chooser.locator('option')).toHaveText([
      '《某某镇总工会2025年工作计划》（2025年度，某某镇总工会）',
    ])
    await panel.getByRole('button', { name: '对比' }).click()
    await expect(panel.getByRole('status')).toHaveText('与上一年相比：删除 1 项，修改 1 项。')
    const differences = panel.getByRole('list', { name: '差异' }).getByRole('listitem')
    await expect(differences.nth(0).getByRole('button')).toHaveAccessibleName(
      '修改：（一）深化理论学习 → （一）深化职工理论学习',
    )
    await expect(differences.nth(0).locator('ins')).toHaveText('职工')
    await expect(differences.nth(1).getByRole('button')).toHaveAccessibleName(
      '删除：三、加强工会自身建设',
    )
    // 更换 goes back to the chooser; the choice is kept while the app is open.
    await panel.getByRole('button', { name: '更换' }).click()
    await expect(panel.getByRole('button', { name: '取消' })).toBeVisible()
    await panel.getByRole('button', { name: '取消' }).click()
    await expect(panel.getByRole('status')).toHaveText('与上一年相比：删除 1 项，修改 1 项。')
  })
})
