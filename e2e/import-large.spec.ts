import { expect, test } from '@playwright/test'
import { openImportDialog, pasteIntoImport } from './fixtures/importDialog'

// How fast the preview and a level change are is measured by `npm run bench` (importPreview,
// importLevel); here, that they work on 10,000 lines and that the line answers before the outline.

test('a 10,000-line text previews; a level change shows on the line at once, the outline follows', async ({
  page,
}) => {
  const chapters = Array.from({ length: 2000 }, (_, c) => [
    `${c % 9 === 0 ? '一' : '二'}、第${c + 1}章的标题`,
    ...Array.from(
      { length: 3 },
      (_, i) => `${i + 1}、第${c + 1}章第${i + 1}条。正文内容写在这里。`,
    ),
    `本章的说明文字，第${c + 1}段。`,
  ])
  const text = chapters.flat().join('\n')
  expect(text.split('\n').length).toBe(10_000)
  const dialog = await openImportDialog(page)
  // Pasted (fill() would type it line by line: minutes for 10,000 lines).
  await pasteIntoImport(dialog, text)
  await dialog.getByRole('button', { name: '预览' }).click()
  const lines = dialog.getByRole('listbox', { name: '原文各行' })
  const item = lines.getByRole('option', { name: /3、第1章第3条/ })
  // A wait, not a budget (the bench times the preview): 10,000 lines on a busy machine.
  await expect(item).toBeVisible({ timeout: 30_000 })
  await item.click()
  await expect(item).toHaveAttribute('aria-selected', 'true')
  const outline = dialog.getByRole('list', { name: '导入后的大纲' })
  await expect(outline).not.toContainText('1.第1章第3条')
  // What the page shows, in order, from the key on: the line's new level is painted in a frame
  // of its own, before the outline of 10,000 lines is rebuilt (that work does not hold it back).
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { importSeen: seen })
    const observer = new MutationObserver(() => {
      const option = document.querySelector('[role="option"][aria-selected="true"]')
      const outline = document.querySelector('[aria-label="导入后的大纲"]')
      const state = `line ${option?.textContent?.includes('3级') ? 'new' : 'old'}, outline ${
        outline?.textContent?.includes('1.第1章第3条') ? 'new' : 'old'
      }`
      if (state !== 'line old, outline old' && seen.at(-1) !== state) seen.push(state)
      if (state === 'line new, outline new') observer.disconnect()
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.keyboard.press('Tab')
  await expect(item).toContainText('3级')
  await expect(outline).toContainText('1.第1章第3条')
  const seen = await page.evaluate(() => (window as unknown as { importSeen: string[] }).importSeen)
  expect(seen).toEqual(['line new, outline old', 'line new, outline new'])
  await expect(dialog.getByRole('button', { name: /显示更多/ }).first()).toBeVisible()
})
