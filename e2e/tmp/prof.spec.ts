import { writeFileSync } from 'node:fs'
import { test } from '@playwright/test'
import { legacyEncode } from '../fixtures/legacyEncode'
import { openImportDialog } from '../fixtures/importDialog'

function longLines(count: number): string {
  const body = '今年度の活動計画をお知らせします。職員の皆さんは内容をよく読んで準備してください。'
  const lines: string[] = []
  for (let index = 0; index < count; index++) {
    const number = index + 1
    lines.push(index % 5 === 0 ? `${(index / 5) % 9 === 0 ? '一' : '二'}、第${number}行の見出し` : `第${number}行の本文、${body}${body}${body}`)
  }
  return lines.join('\r\n')
}

test('prof', async ({ page }, testInfo) => {
  test.setTimeout(300_000)
  const file = testInfo.outputPath('計画.txt')
  writeFileSync(file, legacyEncode(longLines(60_000), 'shift_jis'))
  const dialog = await openImportDialog(page)
  const browser = page.context().browser()!
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink'] })
  await page.evaluate(() => { (window as any).__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: false }) })
  await dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles(file)
  await dialog.getByRole('listbox', { name: '原文各行' }).getByRole('option').first().waitFor({ timeout: 120000 })
  await page.waitForTimeout(1500)
  writeFileSync('/tmp/prof/trace.json', await browser.stopTracing())
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__lt)))
})
