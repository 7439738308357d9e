import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import mammoth from 'mammoth'
import { buildExportBlocks, headingText, isHeadingBlock } from '../src/domain/export/exportModel'
import { DEFAULT_EXPORT_OPTIONS } from '../src/domain/export/exportOptions'
import { buildPlan } from '../src/domain/export/fixtures/planBuilder'
import { parsePlanJson } from '../src/domain/export/planJson'
import { readDocx } from '../src/domain/import/docx/readDocx'
import { seedPlanOne } from '../src/domain/export/fixtures/seedPlanOne'
import { seedExportPlan } from './fixtures/exportSeed'
import { seedPlan } from './fixtures/seedPlan'

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0

const seed = seedPlanOne('e2e-export-plan')
/** The numbered headings as the export model prints them (default options: levels 1–2 stand alone). */
const expectedBlocks = buildExportBlocks(seed.plan, seed.nodes, DEFAULT_EXPORT_OPTIONS).filter(
  isHeadingBlock,
)
const expectedHeadings = expectedBlocks.map(headingText)
const expectedTitles = expectedBlocks.map((block) => block.title)

/** Text without white space or page numbers, so wrapped lines and page breaks don't matter. */
const squeeze = (text: string) => text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '')

test.describe('print preview', () => {
  test('prints A4 pages with every numbered heading in order and page numbers', async ({
    page,
  }, testInfo) => {
    test.skip(!hasPoppler, 'pdftotext/pdfinfo (poppler-utils) not installed')
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}/print`)
    const sheets = page.locator('.print-sheets[data-ready="true"]')
    await expect(sheets).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    const previewPages = page.getByRole('region', { name: /^第 \d+ 页$/ })
    await expect(page.getByText(/^共 \d+ 页$/)).toHaveText(`共 ${await previewPages.count()} 页`)
    expect(await previewPages.count()).toBeGreaterThan(3)
    await expect(page.getByRole('link', { name: /返回编辑/ })).toHaveAttribute(
      'href',
      `#/plan/${seed.plan.id}`,
    )

    // The first sheet as the user sees it, kept as an artifact.
    await page.setViewportSize({ width: 1400, height: 1400 })
    const screenshotPath = testInfo.outputPath('print-preview-page-1.png')
    await previewPages.first().screenshot({ path: screenshotPath })
    await testInfo.attach('print-preview-page-1', {
      path: screenshotPath,
      contentType: 'image/png',
    })

    const pdfPath = testInfo.outputPath('print-preview.pdf')
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
    await testInfo.attach('print-preview.pdf', { path: pdfPath, contentType: 'application/pdf' })

    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdfPath], { encoding: 'utf8' })
    const pageCount = Number(info.match(/^Pages:\s+(\d+)/m)![1])
    // What prints is the preview: the same number of sheets, nothing of the app around them.
    expect(pageCount).toBe(await previewPages.count())
    for (const [, width, height] of info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)) {
      expect(Number(width)).toBeCloseTo(595, 0)
      expect(Number(height)).toBeCloseTo(842, 0)
    }
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    expect(text).not.toContain('打印设置')
    expect(text).not.toContain('返回编辑')
    let from = 0
    for (const heading of [seed.plan.title, ...expectedHeadings]) {
      const at = squeeze(text).indexOf(squeeze(heading), from)
      expect(at, `${heading} in order`).toBeGreaterThanOrEqual(0)
      from = at + 1
    }
    // `— 1 —`: pdftotext drops the narrow spaces around the digits, so allow for either.
    for (let number = 1; number <= pageCount; number++) {
      expect(text).toMatch(new RegExp(`—\\s*${number}\\s*—`))
    }
    // Each page's number is the last text on it.
    const pages = text.split('\f').filter((pageText) => pageText.trim() !== '')
    pages.forEach((pageText, index) => {
      const lines = pageText
        .trim()
        .split('\n')
        .map((line) => line.replace(/\s/g, ''))
        .filter(Boolean)
      expect(lines.at(-1)).toBe(`—${index + 1}—`)
      // A heading is never the last line of a page.
      expect(expectedHeadings.map(squeeze)).not.toContain(lines.at(-2))
    })
  })

  test('settings change the layout and are remembered', async ({ page }) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}/print`)
    const settings = page.getByRole('form', { name: '打印设置' })
    await expect(page.getByRole('heading', { name: '（一）深化劳动竞赛活动' })).toBeVisible()
    await settings.getByRole('checkbox', { name: '二级标题', exact: true }).check()
    // Level 2 now runs into its paragraph: `（一）深化劳动竞赛活动。着眼……`.
    await expect(page.getByRole('heading', { name: '（一）深化劳动竞赛活动' })).toHaveCount(0)
    await expect(
      page
        .locator('.print-sheets')
        .getByText(/^（一）深化劳动竞赛活动。着眼全镇/)
        .first(),
    ).toBeVisible()
    await settings.getByRole('radio', { name: '提纲（只有标题）' }).check()
    await expect(page.locator('.print-sheets')).not.toContainText('着眼全镇')
    await settings.getByRole('combobox', { name: '序号样式' }).selectOption('twoLevel')
    await expect(page.getByRole('heading', { name: '1、深化劳动竞赛活动' })).toBeVisible()
    await page.reload()
    await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible()
    await expect(settings.getByRole('checkbox', { name: '二级标题', exact: true })).toBeChecked()
  })

  test('has no accessibility violations', async ({ page }) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}/print`)
    await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  })

  test('打印 warns about unfilled slots, then calls the browser print', async ({ page }) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}/print`)
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await page.getByRole('button', { name: '打印' }).click()
    const dialog = page.getByRole('dialog', { name: '还有未完成的内容' })
    await expect(dialog).toContainText('指导思想')
    await dialog.getByRole('button', { name: '继续打印' }).click()
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  })
})

test.describe('export menu', () => {
  test('downloads a .docx named after the plan, after the unfilled-slot warning', async ({
    page,
  }, testInfo) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}`)
    const menuButton = page.getByRole('button', { name: '导出', exact: true })
    await menuButton.click()
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
    await page.getByRole('menuitem', { name: /Word/ }).click()
    const options = page.getByRole('dialog', { name: '导出 Word (.docx)' })
    await options.getByRole('button', { name: '导出', exact: true }).click()

    const warning = page.getByRole('dialog', { name: '还有未完成的内容' })
    await expect(warning).toContainText('指导思想')
    await expect(warning).toContainText('一、（一）深化劳动竞赛活动')
    await expect(warning.getByRole('listitem').first()).toContainText('20xx')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: '继续导出' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('某某镇总工会2026年工作计划.docx')
    const path = testInfo.outputPath('export.docx')
    await download.saveAs(path)
    const bytes = readFileSync(path)
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes })
    // Heading styles carry the titles; the numbers are Word's automatic numbering.
    const headings = [...html.matchAll(/<h\d>(.*?)<\/h\d>/g)].map((match) => match[1])
    expect(headings).toEqual(expectedTitles)
    // As Word shows them, number and title, replayed from numbering.xml by the app's own reader.
    const read = await readDocx(new Uint8Array(bytes))
    if (!read.ok) throw new Error(read.error)
    const shown = read.lines
      .filter((line) => line.outlineLevel !== undefined)
      .map((line) => (line.list?.label ?? '') + line.text)
    expect(shown).toEqual(expectedHeadings)
  })

  test('取消 in the warning exports nothing; a complete plan exports without asking', async ({
    page,
  }) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}`)
    let downloads = 0
    page.on('download', () => downloads++)
    await page.getByRole('button', { name: '导出', exact: true }).click()
    await page.getByRole('menuitem', { name: /纯文本/ }).click()
    await page
      .getByRole('dialog', { name: /导出 纯文本/ })
      .getByRole('button', { name: '导出', exact: true })
      .click()
    const warning = page.getByRole('dialog', { name: '还有未完成的内容' })
    await warning.getByRole('button', { name: '取消' }).click()
    await expect(warning).toBeHidden()
    expect(downloads).toBe(0)

    const complete = buildPlan({
      id: 'e2e-complete-plan',
      title: '镇人大工作要点',
      year: 2026,
      outline: [{ title: '加强学习', children: [{ title: '学习宪法', body: '每季度一次。' }] }],
    })
    await seedExportPlan(page, complete)
    await page.goto(`/#/plan/${complete.plan.id}`)
    const menuButton = page.getByRole('button', { name: '导出', exact: true })
    await menuButton.focus()
    // Keyboard: ArrowDown opens on the first item; ArrowDown again, Enter picks 纯文本 after Word.
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: '打印预览' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: /纯文本/ })).toBeFocused()
    await page.keyboard.press('Enter')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('dialog', { name: /导出 纯文本/ })
        .getByRole('button', { name: '导出', exact: true })
        .click(),
    ])
    expect(download.suggestedFilename()).toBe('镇人大2026年工作要点.txt')
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    expect(text).toBe('镇人大工作要点\n\n一、加强学习\n（一）学习宪法\n每季度一次。\n')
  })

  test('打印预览 in the menu opens the print view', async ({ page }) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}`)
    await page.getByRole('button', { name: '导出', exact: true }).click()
    await page.getByRole('menuitem', { name: '打印预览' }).click()
    await expect(page).toHaveURL(new RegExp(`#/plan/${seed.plan.id}/print$`))
    await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible()
  })

  test('JSON 备份 downloads the plan as stored and re-imports as a new plan; Markdown has numbered headings', async ({
    page,
  }) => {
    await seedExportPlan(page, seed)
    await page.goto(`/#/plan/${seed.plan.id}`)
    await page.getByRole('button', { name: '导出', exact: true }).click()
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /JSON 备份/ }).click(),
    ])
    expect(json.suggestedFilename()).toBe('某某镇总工会2026年工作计划.json')
    const parsed = parsePlanJson(readFileSync(await json.path(), 'utf8'))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.plan).toMatchObject({ id: seed.plan.id, title: seed.plan.title })
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    expect(
      parsed.nodes
        .map(({ id, parentId, title, body }) => ({ id, parentId, title, body }))
        .sort(byId),
    ).toEqual(
      seed.nodes.map(({ id, parentId, title, body }) => ({ id, parentId, title, body })).sort(byId),
    )

    // Re-import through the library: a new plan that prints the same headings.
    await page.goto('/')
    await page.getByLabel('选择要导入的计划文件').setInputFiles(await json.path())
    // The plan is in this library already: 已有同名计划 is asked first.
    await page
      .getByRole('dialog', { name: '已有同名计划' })
      .getByRole('button', { name: '仍然创建' })
      .click()
    await expect(page).toHaveURL(/#\/plan\/[^/]+$/)
    const importedId = decodeURIComponent(page.url().split('#/plan/')[1])
    expect(importedId).not.toBe(seed.plan.id)
    await page.goto(`/#/plan/${importedId}/print`)
    await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible()
    const printedHeadings = await page
      .locator('.print-sheets')
      .getByRole('heading')
      .allTextContents()
    expect(printedHeadings).toEqual([seed.plan.title, ...expectedHeadings])

    await page.goto(`/#/plan/${seed.plan.id}`)
    await page.getByRole('button', { name: '导出', exact: true }).click()
    await page.getByRole('menuitem', { name: /Markdown/ }).click()
    const dialog = page.getByRole('dialog', { name: /导出 Markdown/ })
    await dialog.getByRole('radio', { name: '提纲（只有标题）' }).check()
    // The slots of the seed plan are all in bodies, which the 提纲 leaves out: no warning.
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '导出', exact: true }).click(),
    ])
    expect(markdown.suggestedFilename()).toBe('某某镇总工会2026年工作计划.md')
    const lines = readFileSync(await markdown.path(), 'utf8').split('\n')
    expect(lines[0]).toBe('\uFEFF# 某某镇总工会2026年工作计划')
    expect(lines).toContain('## 一、凝聚职工智慧力量，进一步推动科学发展')
    expect(lines).toContain('### （三）弘扬伟大劳模精神')
    expect(lines.join('\n')).not.toContain('着眼全镇')
  })
})

test('print preview of the item selected in the editor, with its subtree', async ({ page }) => {
  await seedPlan(page, { id: 'scope-plan', title: '县人大常委会2026年工作要点' }, [
    { id: 'c1', parentId: null, title: '加强法治保障', body: '制定年度立法计划。' },
    { id: 'c2', parentId: null, title: '依法开展监督' },
    { id: 'c2a', parentId: 'c2', title: '听取审议专项工作报告', body: '聚焦民生实事。' },
    { id: 'c3', parentId: null, title: '做好代表工作' },
  ])
  await page.getByRole('treeitem', { name: '二、依法开展监督' }).click()
  await page.getByRole('button', { name: '导出', exact: true }).click()
  await page.getByRole('menuitem', { name: '打印预览' }).click()
  const sheets = page.locator('.print-sheets[data-ready="true"]')
  await expect(sheets).toContainText('一、加强法治保障')

  await page.getByRole('radio', { name: '选中的条目及其下级：依法开展监督' }).check()
  await expect(sheets).not.toContainText('加强法治保障')
  // Numbers stay those of the whole plan.
  await expect(sheets).toContainText('二、依法开展监督')
  await expect(sheets).toContainText('（一）听取审议专项工作报告')
  await expect(sheets).not.toContainText('做好代表工作')
})

test('text typed a moment ago is in the export (the draft being typed is read)', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'draft-export', title: '镇人大2026年工作要点' }, [
    { id: 'd1', parentId: null, title: '加强学习', body: '原有正文。' },
  ])
  await page.getByRole('region', { name: '一、加强学习' }).locator('.body-text p').click()
  await page.keyboard.press('End')
  await page.keyboard.type('刚刚补充的一句。')
  // Straight to the menu: no waiting for the save status.
  await page.getByRole('button', { name: '导出', exact: true }).click()
  await page.getByRole('menuitem', { name: /纯文本/ }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('dialog', { name: /导出 纯文本/ })
      .getByRole('button', { name: '导出', exact: true })
      .click(),
  ])
  const path = testInfo.outputPath('plan.txt')
  await download.saveAs(path)
  expect(readFileSync(path, 'utf8')).toContain('原有正文。刚刚补充的一句。')
})
