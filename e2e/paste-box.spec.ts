import { expect, test } from '@playwright/test'
import { openImportDialog } from './fixtures/importDialog'

// The import dialog's paste box (features/import/PasteBox.tsx: CodeMirror in a shadow root) as a
// user works it from the keyboard: a real clipboard paste, undo and redo, select all, and Tab out
// of it and back (it must not keep Tab for itself).
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('the paste box: Ctrl+V from the clipboard, undo and redo, select all, Tab leaves it', async ({
  page,
}) => {
  const dialog = await openImportDialog(page)
  const box = dialog.getByLabel('粘贴计划全文')
  const preview = dialog.getByRole('button', { name: '预览' })
  await expect(box).toBeFocused()
  await expect(preview).toBeDisabled()
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      '某某镇总工会2026年工作计划\n一、加强学习\n（一）组织职工学习。\n二、依法维权',
    ),
  )
  await page.keyboard.press('Control+V')
  await expect(box).toContainText('（一）组织职工学习。')
  await expect(preview).toBeEnabled()
  await page.keyboard.press('Control+Z')
  await expect(box).not.toContainText('依法维权')
  await expect(preview).toBeDisabled()
  await page.keyboard.press('Control+Shift+Z')
  await expect(box).toContainText('依法维权')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('一、只剩这一章')
  await expect(box).not.toContainText('依法维权')
  await page.keyboard.press('Tab')
  await expect(
    dialog.getByRole('button', { name: '选择 .txt 或 Word（.docx）文件…' }),
  ).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(box).toBeFocused()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('二、又加一章')
  await preview.click()
  await expect(dialog.getByRole('list', { name: '导入后的大纲' }).getByRole('listitem')).toHaveText(
    ['一、只剩这一章', '二、又加一章'],
  )
})
