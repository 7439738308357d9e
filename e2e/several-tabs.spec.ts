import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

test('an app update in another tab: this tab saves what is typed, stops and asks to reload', async ({
  page,
  context,
}) => {
  await seedPlan(page, { id: 'two-tabs', title: '两个窗口' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
  ])
  const plan = new PlanPage(page)
  await plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text').click()
  await expect(plan.document.getByRole('textbox', { name: /正文/ })).toBeFocused()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('升级前最后输入')

  // Another tab opens the database at a newer version, as a new release of the app would.
  const other = await context.newPage()
  await other.goto('/#/')
  const stored = await other.evaluate(async () => {
    const version = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('plandraft')
      request.onsuccess = () => {
        resolve(request.result.version)
        request.result.close()
      }
      request.onerror = () => reject(request.error)
    })
    return new Promise<string>((resolve, reject) => {
      const request = indexedDB.open('plandraft', version + 10)
      request.onupgradeneeded = () => undefined
      request.onblocked = () => reject(new Error('blocked'))
      request.onsuccess = () => {
        const db = request.result
        const read = db.transaction(['nodes', 'drafts']).objectStore('drafts').get('A')
        read.onsuccess = () => {
          const node = db.transaction('nodes').objectStore('nodes').get('A')
          node.onsuccess = () =>
            resolve(JSON.stringify([read.result?.body ?? null, node.result?.body ?? null]))
        }
      }
      request.onerror = () => reject(request.error)
    })
  })
  // The text typed just before was written before this tab let the database go.
  expect(stored).toContain('升级前最后输入')
  const dialog = page.getByRole('dialog', { name: '需要刷新' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('已在另一个窗口中更新')
  await expect(dialog.getByRole('button', { name: '刷新' })).toBeFocused()
})
