import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

test('a full disk: the error is shown, the text stays, saving resumes by itself when space is back', async ({
  page,
}) => {
  await seedPlan(page, { id: 'quota', title: '存储已满' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
  ])
  const plan = new PlanPage(page)
  // Chromium's quota override (CDP Storage.overrideQuotaForOrigin) does not reach IndexedDB in
  // this build, so the disk fills up the way IndexedDB reports it: QuotaExceededError on write.
  const setDiskFull = (full: boolean) =>
    page.evaluate((full) => {
      const stores = IDBObjectStore.prototype as unknown as Record<string, unknown>
      const saved = (window as unknown as { __writes?: Record<string, unknown> }).__writes ?? {
        put: stores.put,
        add: stores.add,
      }
      ;(window as unknown as { __writes: Record<string, unknown> }).__writes = saved
      for (const name of ['put', 'add']) {
        const original = saved[name] as (...args: unknown[]) => unknown
        stores[name] = full
          ? () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
            }
          : original
      }
    }, full)
  await plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text').click()
  const body = plan.document.getByRole('textbox', { name: /正文/ })
  await expect(body).toBeFocused()
  // No room left: the next writes are refused by IndexedDB.
  await setDiskFull(true)
  const big = '满'.repeat(3_000)
  await page.keyboard.insertText(big)
  await expect(page.getByRole('alert')).toContainText('存储空间已满')
  await expect(body).toContainText(big)
  // Space again: the editor's text is saved without the user doing anything.
  await setDiskFull(false)
  await expect(plan.saveStatus).toHaveText('已保存', { timeout: 15_000 })
  await page.keyboard.press('Escape')

  // A title typed while the disk is full stays in its field and is written once there is room.
  await setDiskFull(true)
  await plan.row('一、第一章').focus()
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('满盘时改的标题')
  await expect(page.getByRole('alert')).toContainText('存储空间已满')
  await expect(plan.tree.getByRole('textbox', { name: '条目标题' })).toHaveValue('满盘时改的标题')
  await setDiskFull(false)
  await expect(plan.row('一、满盘时改的标题')).toBeVisible()
  await expect(plan.saveStatus).toHaveText('已保存')
  await page.reload()
  await expect(plan.row('一、满盘时改的标题')).toBeVisible()
  await expect(
    plan.document.getByRole('region', { name: '一、满盘时改的标题' }).locator('.body-text'),
  ).toContainText(big)
})
