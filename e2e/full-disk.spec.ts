import { readFileSync, rmSync } from 'node:fs'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { profileOnTmpfs, typeUntilDiskFull, type Cleanups } from './fixtures/fullDiskSession'
import { PlanPage } from './fixtures/planPage'
import { docText } from './fixtures/tmpfsDisk'

/**
 * A real full disk: the browser profile lives on a small tmpfs, filled from outside while the
 * user types. What Chromium then does varies from run to run, and each is survived:
 * - the commit fails with QuotaExceededError and the connection closes (reopening fails with
 *   UnknownError until there is room);
 * - LevelDB's log write fails (FILE_ERROR_NO_SPACE), Chromium closes the connection and
 *   recreates the database empty (before the fix: 找不到这个计划, and 0 plans after a restart);
 * - the write just waits until there is room.
 * Mounting needs root (CI runs as root); elsewhere the test is skipped with the reason.
 */

/** Run at the end of the test whatever happens (a timeout too): the browser, then the mount. */
let cleanups: Cleanups = []
test.afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined)
  cleanups = []
})

/**
 * The full disk, lived through: the profile on a small tmpfs, the disk filled from outside while
 * the user types, 备份全部数据 from memory, room again, the database rebuilt from memory, more
 * typing. Returns what was typed and how to start the browser again on the same profile.
 */
async function liveThroughFullDisk(baseURL: string | undefined, testInfo: TestInfo) {
  testInfo.setTimeout(240_000)
  const { filler, launch, close } = profileOnTmpfs(
    baseURL,
    testInfo,
    cleanups,
    'plandraft-full-disk-',
  )
  const page = await launch()
  const full = await typeUntilDiskFull(page, filler)
  const { plan, banner, body } = full
  let typed = full.typed
  // Said in Chinese, with what to do; the plan never turns into 找不到这个计划.
  await expect(banner).toBeVisible({ timeout: 30_000 })
  // Or, where Chromium freed room of its own before the filler took it (the app's 1 MB probe was
  // written) while the database went on refusing: the stuck state, told as such (seen in CI).
  await expect(banner).toContainText(
    /存储空间已满|存储空间可能已满|浏览器清空了本机数据库|磁盘已有空间，但浏览器仍无法打开本机数据库/,
  )
  await expect(banner).toContainText('内存中')
  await expect(page.getByText('找不到这个计划')).toHaveCount(0)
  await expect(plan.row('一、第一章')).toBeVisible()
  await expect(plan.row('二、第二章')).toBeVisible()
  await page.keyboard.insertText('仍在输入。')
  typed += '仍在输入。'
  await expect(body).toHaveText(typed)
  await page.screenshot({ path: testInfo.outputPath('full-disk-banner.png') })

  // 备份全部数据, at once, while the disk is still full: every plan, and the text as typed.
  const downloading = page.waitForEvent('download')
  await banner.getByRole('button', { name: '备份全部数据' }).click()
  const download = await downloading
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    format: string
    tables: { plans: { id: string; title: string }[]; nodes: { id: string; body: unknown }[] }
  }
  expect(file.format).toBe('plandraft-backup')
  expect(file.tables.plans.map((p) => p.title)).toEqual(['满盘计划'])
  const nodeText = (id: string) => docText(file.tables.nodes.find((n) => n.id === id)?.body)
  expect(nodeText('A')).toBe(typed)
  expect(nodeText('B')).toBe('第二章正文')
  await expect(page.getByText('找不到这个计划')).toHaveCount(0)

  // Room again. A database the browser recreated is written back (写回数据库); otherwise saving
  // resumes by itself.
  rmSync(filler)
  const writeBack = banner.getByRole('button', { name: '写回数据库' })
  const stuck = banner.getByText('磁盘已有空间，但浏览器仍无法打开本机数据库')
  await expect(async () => {
    expect(
      (await writeBack.isVisible()) || (await banner.count()) === 0 || (await stuck.isVisible()),
    ).toBe(true)
  }).toPass({ timeout: 30_000 })
  // KNOWN CHROMIUM STATE (issue 17): in some runs Chromium answers every IndexedDB request of the
  // origin (open, even delete) with `UnknownError: Internal error.` after the disk has room
  // again, until the browser restarts. The app tells the user so — nothing is lost: memory
  // holds it, 备份全部数据 saves it — and asks for a restart. Checked, then the rest skipped
  // with that reason: the run's annotations show how often it happens.
  if (await stuck.isVisible()) {
    await expect(banner).toContainText('重新打开')
    const saving = page.waitForEvent('download')
    await banner.getByRole('button', { name: '备份全部数据' }).click()
    const saved = JSON.parse(readFileSync((await (await saving).path())!, 'utf8')) as typeof file
    expect(docText(saved.tables.nodes.find((n) => n.id === 'A')?.body)).toBe(typed)
    test.skip(true, 'Chromium refused the database after the disk had room, until a restart (told)')
  }
  const recreated = await writeBack.isVisible()
  testInfo.annotations.push({
    type: 'chromium',
    description: recreated ? 'recreated the database empty' : 'kept the database',
  })
  if (recreated) await writeBack.click()
  // Either way the database is made anew from memory: files written while the disk was full
  // may be damaged, and Chromium would delete them at the next start.
  await expect(
    page.getByText(recreated ? /已写回数据库：1 个计划/ : /本机数据库已按内存中的内容重建/),
  ).toBeVisible({ timeout: 30_000 })
  await expect(banner).toHaveCount(0, { timeout: 30_000 })
  // Saving resumes by itself, without more typing: everything typed so far is stored (never
  // 正在保存… left behind, nor an error of a write refused before).
  await plan.waitSaved()
  // The editor still holds the text in order, the caret where it was (after the last sentence).
  await expect(body).toHaveText(typed)
  await page.keyboard.insertText('有空间了。')
  typed += '有空间了。'
  // In this order, exactly: text typed once there is room comes after the full disk's.
  await expect(body).toHaveText(typed)
  await plan.waitSaved()
  await page.keyboard.press('Escape')
  await plan.waitSaved()

  // Everything typed, before, during and after the full disk, is in the rebuilt database's view.
  await expect(
    plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text'),
  ).toHaveText(typed)
  await expect(
    plan.document.getByRole('region', { name: '二、第二章' }).locator('.body-text'),
  ).toHaveText('第二章正文')
  return { page, plan, typed, launch, closeBrowser: close }
}

test('a real full disk (tmpfs): every plan and the text stay, 备份全部数据 saves them, the database is rebuilt from memory', async ({
  baseURL,
}, testInfo) => {
  await liveThroughFullDisk(baseURL, testInfo)
})

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

// After a full disk Chromium may delete the origin's IndexedDB at the next browser start, even
// one the app rebuilt sound (seen in about half the runs); it kept the origin private file system.
// Either way the user's text is back: the database kept it, or the app says what happened and
// 恢复 writes it back from its copy there.
test('a real full disk, then a browser restart: every plan and the text are still there', async ({
  baseURL,
}, testInfo) => {
  const { page, typed, launch, closeBrowser } = await liveThroughFullDisk(baseURL, testInfo)
  // The copy follows 2 s after the last change (and at once after the rebuild): a user who
  // closes the browser at once may lose those seconds if Chromium deletes the database too.
  await expect
    .poll(async () => (await copyText(page)).includes(typed), { timeout: 30_000 })
    .toBe(true)
  await closeBrowser()

  const again = await launch()
  await again.goto('/')
  await again.getByRole('heading', { name: '计划库' }).waitFor()
  const planLink = again.getByRole('link', { name: '满盘计划' })
  const banner = again.getByRole('alert', { name: '存储空间提醒' })
  await expect(async () => {
    expect((await planLink.isVisible()) || (await banner.isVisible())).toBe(true)
  }).toPass({ timeout: 30_000 })
  const deleted = await banner.isVisible()
  testInfo.annotations.push({
    type: 'chromium at restart',
    description: deleted
      ? 'deleted the database at the restart; restored from the copy'
      : 'kept the database at the restart',
  })
  if (deleted) {
    // Never silently an empty library: what happened, how much there was, and one click back.
    await expect(banner).toContainText('浏览器清空了本机数据库')
    await expect(banner).toContainText('上次有 1 个计划')
    await expect(banner).toContainText('本机还有一份副本')
    await again.screenshot({ path: testInfo.outputPath('full-disk-restart-banner.png') })
    await banner.getByRole('button', { name: '恢复', exact: true }).click()
    await expect(again.getByText('已从本机副本恢复 1 个计划')).toBeVisible({ timeout: 30_000 })
    await expect(banner).toHaveCount(0)
  }
  await planLink.click()
  const plan = new PlanPage(again)
  // Exactly what was typed, in the order it was typed, and nothing waiting to be saved.
  await expect(
    plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text'),
  ).toHaveText(typed)
  await plan.waitSaved()
  await expect(
    plan.document.getByRole('region', { name: '二、第二章' }).locator('.body-text'),
  ).toHaveText('第二章正文')
})
