import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect, test } from '@playwright/test'
import { Document, Packer, Paragraph } from 'docx'

const hasTools =
  spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('soffice', ['--version']).status === 0

/** Lines of a PDF's first pages with their boxes (pt), from pdftotext -bbox-layout. */
function pdfLines(pdfPath: string) {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8' })
  return [
    ...html.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    ),
  ].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: [...match[5].matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join(''),
  }))
}

test('a Word file with 主送, 附件 and 落款 imports them, and the .docx places them as GB/T 9704 says', async ({
  page,
}, testInfo) => {
  test.skip(!hasTools, 'LibreOffice and poppler are needed')
  test.setTimeout(180_000)
  const lines = [
    '某某镇总工会2026年工作计划',
    '各村（社区）工会：',
    '一、加强组织建设',
    '做好会员发展工作。',
    '二、深化劳动竞赛',
    '组织技能比武。',
    '',
    '附件：1.重点工作任务分解表',
    '2.考核办法',
    '',
    '某某镇总工会',
    '2025年12月30日',
  ]
  const source = testInfo.outputPath('plan-with-closing.docx')
  const word = new Document({
    sections: [{ children: lines.map((text) => new Paragraph(text)) }],
  })
  writeFileSync(source, await Packer.toBuffer(word))

  await page.goto('/#/')
  await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
  const dialog = page.getByRole('dialog', { name: '导入上一年计划' })
  await dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles(source)
  const outline = dialog.getByRole('list', { name: '导入后的大纲' })
  // 附件's 2.考核办法 is no chapter; the closing lines show their roles.
  await expect(outline.getByRole('listitem')).toHaveCount(2)
  const closing = dialog.getByRole('definition')
  await expect(closing).toHaveText([
    '各村（社区）工会',
    '1.重点工作任务分解表 2.考核办法',
    '某某镇总工会',
    '2025年12月30日',
  ])
  const sourceLines = dialog.getByRole('listbox', { name: '原文各行' })
  await expect(sourceLines.getByRole('option', { name: /2025年12月30日/ })).toContainText(
    '成文日期',
  )
  await expect(sourceLines.getByRole('option', { name: /^.*2\.考核办法/ })).toContainText(
    '附件说明',
  )
  await page.screenshot({ path: testInfo.outputPath('import-closing.png') })
  await dialog.getByRole('button', { name: '导入', exact: true }).click()
  await expect(dialog).toHaveCount(0)

  const documentView = page.getByRole('article', { name: '计划正文' })
  await expect(documentView.getByRole('button', { name: /主送：各村（社区）工会：/ })).toBeVisible()
  const end = documentView.getByRole('button', { name: /附件说明、落款和成文日期/ })
  await expect(end.locator('p')).toHaveText([
    '附件：1.重点工作任务分解表',
    '2.考核办法',
    '某某镇总工会',
    '2025年12月30日',
  ])
  await end.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('document-closing.png') })

  await page.getByRole('button', { name: '导出', exact: true }).click()
  await page.getByRole('menuitem', { name: /Word/ }).click()
  const options = page.getByRole('dialog', { name: '导出 Word (.docx)' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    options.getByRole('button', { name: '导出', exact: true }).click(),
  ])
  const docxPath = testInfo.outputPath('export.docx')
  await download.saveAs(docxPath)
  const outDir = dirname(docxPath)
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${outDir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docxPath,
    ],
    { timeout: 150_000, stdio: 'pipe' },
  )
  const found = pdfLines(docxPath.replace(/\.docx$/, '.pdf'))
  const line = (text: string) => {
    const match = found.find((candidate) => candidate.text === text)
    if (!match) throw new Error(`${text} not in ${found.map((l) => l.text).join(' | ')}`)
    return match
  }
  // Type area: 28 mm from the left, 26 mm from the right of 595.3 pt; a character is 15.75 pt.
  const left = (28 / 25.4) * 72
  const right = 595.3 - (26 / 25.4) * 72
  const char = 15.75
  const recipient = line('各村（社区）工会：')
  expect(recipient.xMin).toBeCloseTo(left, -0.5)
  const first = line('附件：1.重点工作任务分解表')
  const second = line('2.考核办法')
  expect(first.xMin - left).toBeCloseTo(2 * char, -0.5)
  // 2. stands under 1.: three characters (附件：) further in.
  expect(second.xMin - first.xMin).toBeCloseTo(3 * char, -0.5)
  const signature = line('某某镇总工会')
  const date = line('2025年12月30日')
  expect(date.yMin).toBeGreaterThan(signature.yMin)
  expect(signature.yMin).toBeGreaterThan(second.yMin + 2 * 28.95 - 3)
  // The date (7 characters wide) is longer than it can be two characters right of the 署名 (6):
  // it keeps two characters of right space, the 署名 moves left so the date still starts two in.
  expect(right - date.xMax).toBeCloseTo(2 * char, -0.5)
  expect(date.xMin - signature.xMin).toBeCloseTo(2 * char, -0.5)
  console.log(
    `署名 ${signature.xMin.toFixed(1)}–${signature.xMax.toFixed(1)}, 日期 ${date.xMin.toFixed(1)}–${date.xMax.toFixed(1)}, 附件 ${first.xMin.toFixed(1)} / ${second.xMin.toFixed(1)} pt`,
  )
})
