import { expect, test, type Page } from '@playwright/test'

// Timed: runs in the performance project, last and alone, so other tests do not share the cores.

async function openImportDialog(page: Page) {
  await page.goto('/#/')
  await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
  const dialog = page.getByRole('dialog', { name: '导入上一年计划' })
  await expect(dialog).toBeVisible()
  return dialog
}

test.use({ trace: 'off', serviceWorkers: 'block' })

test('a 10,000-line text previews and takes a level change quickly', async ({ page }) => {
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
  // fill() types into a textarea line by line (minutes for 10,000 lines): set it as a paste does.
  await dialog.getByLabel('粘贴计划全文').evaluate((area: HTMLTextAreaElement, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set
    setter?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
  const opened = Date.now()
  await dialog.getByRole('button', { name: '预览' }).click()
  const lines = dialog.getByRole('listbox', { name: '原文各行' })
  const item = lines.getByRole('option', { name: /3、第1章第3条/ })
  await expect(item).toBeVisible()
  const previewed = Date.now() - opened
  await item.click()
  await expect(item).toHaveAttribute('aria-selected', 'true')
  // Timed in the page: keydown to the line's new level in the DOM, then to the new outline.
  await page.evaluate(() => {
    const timing: { line?: number; outline?: number } = {}
    Object.assign(window, { importTiming: timing })
    let start = 0
    document.addEventListener('keydown', () => (start = performance.now()), {
      capture: true,
      once: true,
    })
    const observer = new MutationObserver(() => {
      const option = document.querySelector('[role="option"][aria-selected="true"]')
      if (timing.line === undefined && option?.textContent?.includes('3级'))
        timing.line = performance.now() - start
      const outline = document.querySelector('[aria-label="导入后的大纲"]')
      if (timing.line !== undefined && outline?.textContent?.includes('1.第1章第3条')) {
        timing.outline = performance.now() - start
        observer.disconnect()
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.keyboard.press('Tab')
  await expect(item).toContainText('3级')
  await expect(dialog.getByRole('list', { name: '导入后的大纲' })).toContainText('1.第1章第3条')
  const timing = await page.waitForFunction(() => {
    const { importTiming } = window as unknown as {
      importTiming: { line?: number; outline?: number }
    }
    return importTiming.outline === undefined ? null : importTiming
  })
  const { line, outline } = (await timing.jsonValue()) as { line: number; outline: number }
  console.log(
    `10,000 lines: preview shown ${previewed} ms; Tab → line ${Math.round(line)} ms, → outline ${Math.round(outline)} ms`,
  )
  expect(line).toBeLessThan(300)
  await expect(dialog.getByRole('button', { name: /显示更多/ }).first()).toBeVisible()
})
