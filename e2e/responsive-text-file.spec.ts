import { writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { addKeyField, typeWhileWorkShows } from './fixtures/keyField'
import { legacyEncode } from './fixtures/legacyEncode'
import {
  startLongTaskProbe,
  stopLongTaskProbe,
  type LongTaskReport,
} from './fixtures/longTaskProbe'
import { openImportDialog, pasteIntoImport } from './fixtures/importDialog'

// Issue 17: a text file near the size limit (20 MB) is decoded in a worker, its encoding detected
// there; a long pasted text is not laid out again on the way back from its preview. While the work
// runs, keys typed into a field are taken while it still runs, none lost. How long they waited and
// what long tasks the probe saw are attached to the test's results and printed; the budgets are
// the bench's (`npm run bench -- --only responsive`), not assertions here.

test.use({ serviceWorkers: 'block' })
test.describe.configure({ timeout: 240_000 })

/** `count` lines of about 100 characters (in Japanese with `japanese`): a chapter every fifth. */
function longLines(count: number, japanese = false): string {
  const body = japanese
    ? '今年度の活動計画をお知らせします。職員の皆さんは内容をよく読んで準備してください。'
    : '深入学习贯彻会议精神，推动各项工作落地见效，切实提高履职能力和服务水平。'
  const lines: string[] = []
  for (let index = 0; index < count; index++) {
    const number = index + 1
    lines.push(
      index % 5 === 0
        ? `${(index / 5) % 9 === 0 ? '一' : '二'}、第${number}${japanese ? '行の見出し' : '行的标题'}`
        : `第${number}${japanese ? '行の本文、' : '行的正文，'}${body}${body}${body}`,
    )
  }
  return lines.join('\r\n')
}

function attach(name: string, report: LongTaskReport | unknown[]) {
  test.info().annotations.push({ type: name, description: JSON.stringify(report) })
  console.log(`${name}: ${JSON.stringify(report)}`)
}

test('a 19 MB GB18030 text file is decoded while the page answers keys', async ({
  page,
}, testInfo) => {
  // A file on disk: a buffer would be turned into a File on the page's thread by Playwright.
  const file = testInfo.outputPath('上年计划.txt')
  const bytes = legacyEncode(longLines(99_000), 'gb18030')
  expect(bytes.length).toBeGreaterThan(18 * 1024 * 1024)
  await writeFile(file, bytes)
  const dialog = await openImportDialog(page)
  const reading = dialog.getByRole('status').filter({ hasText: '正在读取文件…' })
  const field = await addKeyField(dialog, '.import-file [role=status]')

  await startLongTaskProbe(page)
  // Keys typed for as long as the file is read, taken while it is (decoded on the page's thread,
  // they waited until the file was read).
  attach(
    'keys typed while a 19 MB file is read',
    await typeWhileWorkShows(page, field, reading, () =>
      dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles(file),
    ),
  )
  await expect(
    dialog.getByRole('listbox', { name: '原文各行' }).getByRole('option').first(),
  ).toBeVisible({ timeout: 120_000 })
  await expect(dialog).toContainText('共 19800 条')
  const report = await stopLongTaskProbe(page)
  attach('decoding and preview of a 19 MB GB18030 file', report)
  await expect(dialog.getByLabel('文字编码')).toHaveValue('gb18030')
  await expect(dialog.getByText('自动识别可能有误')).toHaveCount(0)
  await expect(dialog.getByRole('listbox', { name: '原文各行' })).toContainText('第1行的标题')
})

test('a large Shift-JIS file: decoded off the page, 自动识别可能有误, another encoding read again', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('計画.txt')
  await writeFile(file, legacyEncode(longLines(60_000, true), 'shift_jis'))
  const dialog = await openImportDialog(page)
  const reading = dialog.getByRole('status').filter({ hasText: '正在读取文件…' })
  const field = await addKeyField(dialog, '.import-file [role=status]')

  await startLongTaskProbe(page)
  attach(
    'keys typed while a large Shift-JIS file is read',
    await typeWhileWorkShows(page, field, reading, () =>
      dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles(file),
    ),
  )
  const lines = dialog.getByRole('listbox', { name: '原文各行' })
  await expect(lines.getByRole('option').first()).toBeVisible({ timeout: 120_000 })
  const report = await stopLongTaskProbe(page)
  attach('decoding and preview of a large Shift-JIS file', report)
  // Detected in the worker, and marked there as a guess.
  const encoding = dialog.getByLabel('文字编码')
  await expect(encoding).toHaveValue('shift_jis')
  await expect(dialog.getByText('自动识别可能有误')).toBeVisible()
  await expect(lines).toContainText('今年度の活動計画')

  // Another encoding: read again (in the worker), 导入 waits for it; the user's choice is no guess.
  await encoding.selectOption('gb18030')
  await expect(encoding).toHaveValue('gb18030')
  await expect(dialog.getByText('自动识别可能有误')).toHaveCount(0)
  await expect(lines).not.toContainText('今年度の活動計画')
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeEnabled({
    timeout: 60_000,
  })
  // And back: the text reads as it did.
  await encoding.selectOption('shift_jis')
  await expect(lines).toContainText('今年度の活動計画', { timeout: 60_000 })
})

/** `count` short lines, about 3 MB for 99,000: a chapter every tenth. */
function planText(count: number): string {
  const lines: string[] = []
  for (let index = 0; index < count; index++)
    lines.push(
      index % 10 === 0
        ? `${(index / 10) % 9 === 0 ? '一' : '二'}、第${index + 1}行的标题`
        : `第${index + 1}行的正文，写明工作内容。`,
    )
  return lines.join('\n')
}

test('back from the preview of a 3 MB paste, the text is there at once, focused', async ({
  page,
}) => {
  const dialog = await openImportDialog(page)
  const area = dialog.getByLabel('粘贴计划全文')
  // Pasted (fill() would take minutes for 99,000 lines).
  await pasteIntoImport(dialog, planText(99_000))

  // The text box as pasted into: the very same one must come back, not one laid out again.
  await area.evaluate((element) => Object.assign(window, { pastedInto: element }))
  await startLongTaskProbe(page)
  await dialog.getByRole('button', { name: '预览' }).click()
  const lines = dialog.getByRole('listbox', { name: '原文各行' })
  await expect(lines.getByRole('option').first()).toBeVisible({ timeout: 120_000 })
  attach('预览 of a 3 MB paste', await stopLongTaskProbe(page))
  // The pasted text is out of sight and out of reach while the preview shows.
  await expect(area).toBeHidden()

  await startLongTaskProbe(page)
  await dialog.getByRole('button', { name: '重新选择来源' }).click()
  await expect(area).toBeVisible()
  await expect(area).toBeFocused()
  attach('重新选择来源 back to a 3 MB paste', await stopLongTaskProbe(page))
  // Its end in view, as left: the caret after the last line.
  await expect(area).toContainText('第99000行的正文，写明工作内容。')
  // Laid out again, the text held the page 1.7 to 2.6 s on two shared cores (7 to 8 s at a load
  // of 20); kept, 0.4 to 0.9 s (2 to 2.5 s at that load): reported above, not bounded here.
  expect(
    await area.evaluate(
      (element) => element === (window as unknown as { pastedInto: Element }).pastedInto,
    ),
  ).toBe(true)
  // Typing into a paste of 3 MB: responsive-big-paste.spec.ts.
})
