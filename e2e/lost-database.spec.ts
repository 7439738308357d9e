import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

/**
 * The browser deletes the origin's IndexedDB between two starts and keeps the rest (what
 * Chromium does at the start after a full disk; e2e/full-disk.spec.ts lives through the real
 * one where tmpfs can be mounted). Here the deletion is the browser's own, through DevTools'
 * Storage.clearDataForOrigin, so it runs everywhere.
 */

/** The text of the copy the app keeps in the origin private file system, or '' (none yet). */
const copyText = (page: Page) =>
  page.evaluate(async () => {
    try {
      const root = await navigator.storage.getDirectory()
      return await (await (await root.getFileHandle('plandraft-copy.json')).getFile()).text()
    } catch {
      return ''
    }
  })

async function browserDeletesDatabase(page: Page, origin: string): Promise<void> {
  await page.goto('about:blank')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' })
  await cdp.detach()
}

test('the database deleted by the browser between two starts: the app says so, 恢复 brings the text back', async ({
  page,
  baseURL,
}, testInfo) => {
  await seedPlan(page, { id: 'kept', title: '年度工作计划' }, [
    { id: 'A', parentId: null, title: '指导思想', body: '原有正文' },
    { id: 'B', parentId: null, title: '重点任务', body: '第二章正文' },
  ])
  const plan = new PlanPage(page)
  await plan.document.getByRole('region', { name: '一、指导思想' }).locator('.body-text').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('今天写的一句。', { delay: 30 })
  await plan.waitSaved()
  const typed = '原有正文今天写的一句。'
  // The copy follows the change by about 2 s.
  await expect
    .poll(async () => (await copyText(page)).includes(typed), { timeout: 20_000 })
    .toBe(true)

  await browserDeletesDatabase(page, new URL(baseURL!).origin)
  await page.goto('/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  const banner = page.getByRole('alert', { name: '存储空间提醒' })
  await expect(banner).toContainText('浏览器清空了本机数据库')
  await expect(banner).toContainText('上次有 1 个计划（2 个条目）')
  await expect(banner).toContainText('本机还有一份副本')
  await page.screenshot({ path: testInfo.outputPath('lost-database-banner.png') })

  await banner.getByRole('button', { name: '恢复', exact: true }).click()
  await expect(page.getByText('已从本机副本恢复 1 个计划')).toBeVisible({ timeout: 20_000 })
  await expect(banner).toHaveCount(0)
  await page.getByRole('link', { name: '年度工作计划' }).click()
  await expect(
    plan.document.getByRole('region', { name: '一、指导思想' }).locator('.body-text'),
  ).toHaveText(typed)
  await expect(
    plan.document.getByRole('region', { name: '二、重点任务' }).locator('.body-text'),
  ).toHaveText('第二章正文')

  // The next start has nothing to say: the restored database is the recorded one.
  await page.reload()
  await page
    .getByRole('heading', { name: /计划库|年度工作计划/ })
    .first()
    .waitFor()
  await expect(plan.document.getByRole('region', { name: '一、指导思想' })).toBeVisible()
  await expect(banner).toHaveCount(0)
})

test('without a copy the app still says the database was deleted and offers the backup file', async ({
  page,
  baseURL,
}) => {
  await seedPlan(page, { id: 'kept', title: '年度工作计划' }, [
    { id: 'A', parentId: null, title: '指导思想', body: '原有正文' },
  ])
  const plan = new PlanPage(page)
  await plan.document.getByRole('region', { name: '一、指导思想' }).locator('.body-text').click()
  await page.keyboard.type('一句。', { delay: 30 })
  await plan.waitSaved()
  // The record outside IndexedDB and the copy follow about 2 s after the change.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('plandraft:storeRecord') ?? ''))
    .toContain('"plans":1')
  await expect.poll(async () => (await copyText(page)).includes('一句。')).toBe(true)
  // The browser cleared the origin private file system too: only the record is left.
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory()
    for (const name of ['plandraft-copy.json', 'plandraft-copy-record.json'])
      await root.removeEntry(name).catch(() => undefined)
  })
  await browserDeletesDatabase(page, new URL(baseURL!).origin)
  await page.goto('/')
  const banner = page.getByRole('alert', { name: '存储空间提醒' })
  await expect(banner).toContainText('浏览器清空了本机数据库')
  await expect(banner).toContainText('本机没有副本，请用备份文件恢复')
  await banner.getByRole('button', { name: '从备份文件恢复…' }).click()
  await expect(page.getByRole('dialog', { name: /备份与恢复/ })).toBeVisible()
})
