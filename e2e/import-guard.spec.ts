import { expect, test } from '@playwright/test'

const TEXT = [
  '2026年工作计划',
  '一、加强思想引领',
  '1、深化理论学习',
  '2、开展宣讲活动',
  '二、推动建功立业',
].join('\n')

test('import preview: Escape or 取消 after an adjustment asks first; without one it just closes', async ({
  page,
}) => {
  await page.goto('/#/')
  const open = async () => {
    await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
    const dialog = page.getByRole('dialog', { name: '导入上一年计划' })
    await dialog.getByLabel('粘贴计划全文').fill(TEXT)
    await dialog.getByRole('button', { name: '预览' }).click()
    return dialog
  }
  const ask = page.getByRole('dialog', { name: '放弃预览中的调整？' })

  // Nothing changed: Escape closes at once.
  let dialog = await open()
  await expect(dialog.getByRole('listbox', { name: '原文各行' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(ask).toHaveCount(0)

  // A level changed: Escape asks; Escape again keeps the preview with the change.
  dialog = await open()
  const line = dialog.getByRole('listbox', { name: '原文各行' }).getByRole('option', {
    name: /2、开展宣讲活动/,
  })
  await line.click()
  await page.keyboard.press('Tab')
  await expect(line).toContainText('3级')
  await page.keyboard.press('Escape')
  await expect(ask).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  await expect(dialog).toBeVisible()
  await expect(line).toContainText('3级')

  // 取消 asks too; 取消 in the question keeps it, 放弃调整 closes everything, nothing imported.
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '取消' }).click()
  await ask.getByRole('button', { name: '放弃调整' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(
    page.locator('.plan-table').getByRole('link', { name: '2026年工作计划' }),
  ).toHaveCount(0)
})
