import { rmSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { profileOnTmpfs, typeUntilDiskFull, type Cleanups } from './fixtures/fullDiskSession'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'
import { browserPid } from './fixtures/tmpfsDisk'

/**
 * A real full disk after which Chromium refuses every request of the origin's IndexedDB though
 * the disk has room again (`UnknownError: Internal error.` until the browser restarts; see
 * docs/design/document-model.md). The app keeps the text in memory and writes its copy in the
 * origin private file system from memory while this lasts; after a crash and a restart the
 * database that survived lacks that text, and the app offers to find it back from the copy.
 * Chromium does not get stuck in every run: a run where it does not is skipped with the reason.
 */

let cleanups: Cleanups = []
test.afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined)
  cleanups = []
})

/** The seconds of the day of a time shown as HH:MM:SS. */
const secondsOf = (clock: string) => {
  const [hours, minutes, seconds] = clock.split(':').map(Number)
  return hours * 3600 + minutes * 60 + seconds
}

test('stuck after a real full disk, then a crash: the text typed since the disk filled is found back from the copy', async ({
  baseURL,
}, testInfo) => {
  testInfo.setTimeout(300_000)
  const { profile, filler, launch, close } = profileOnTmpfs(
    baseURL,
    testInfo,
    cleanups,
    'plandraft-stuck-',
  )
  const page = await launch()
  const full = await typeUntilDiskFull(page, filler)
  const { banner, body } = full
  let typed = full.typed
  await expect(banner).toBeVisible({ timeout: 30_000 })
  await page.keyboard.insertText('仍在输入。')
  typed += '仍在输入。'

  // Room again: saving resumes, the database was recreated (写回数据库), or it is stuck.
  rmSync(filler)
  const stuck = banner.getByText('磁盘已有空间，但浏览器仍无法打开本机数据库')
  const writeBack = banner.getByRole('button', { name: '写回数据库' })
  await expect(async () => {
    expect(
      (await stuck.isVisible()) || (await writeBack.isVisible()) || (await banner.count()) === 0,
    ).toBe(true)
  }).toPass({ timeout: 30_000 })
  test.skip(
    !(await stuck.isVisible()),
    `Chromium did not get stuck in this run (${(await writeBack.isVisible()) ? 'it recreated the database' : 'saving resumed'}); nothing to find back`,
  )

  // Stuck: the user goes on typing, at both speeds and as an IME commits.
  await page.keyboard.type('卡住后输入的文字，', { delay: 0 })
  await page.keyboard.type('还在继续写，', { delay: 30 })
  await page.keyboard.insertText('最后一句。')
  typed += '卡住后输入的文字，还在继续写，最后一句。'
  await expect(body).toHaveText(typed)
  const typedAt = await page.evaluate(() => {
    const now = new Date()
    return now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()
  })
  // The banner says the text is kept in a copy on this computer too, and when it was last copied:
  // wait for a copy made after the last keystroke (a later second than the typing ended in).
  // (Chromium may also recreate the database empty while stuck: 写回数据库, full-disk.spec's path.)
  await expect(async () => {
    const text = (await banner.textContent()) ?? ''
    const clock = /也另存在本机的一份副本中（(\d\d:\d\d:\d\d) 另存/.exec(text)?.[1]
    if (!(await writeBack.isVisible()))
      expect(clock ? secondsOf(clock) : -1, text).toBeGreaterThan(typedAt)
  }).toPass({ timeout: 30_000 })
  test.skip(
    await writeBack.isVisible(),
    'Chromium recreated the database empty while it was stuck (写回数据库 offered: e2e/full-disk.spec.ts)',
  )
  await expect(banner).toContainText('重新打开后可从这份副本找回内容')
  await page.screenshot({ path: testInfo.outputPath('stuck-banner.png') })

  // The browser crashes (or is closed without a word), then starts again on the same profile.
  process.kill(browserPid(profile), 'SIGKILL')
  await close()
  const again = await launch()
  await again.goto('/')
  await again.getByRole('heading', { name: '计划库' }).waitFor()
  const offer = again.getByRole('alert', { name: '存储空间提醒' })
  await expect(offer).toBeVisible({ timeout: 30_000 })
  const wiped = await offer.getByText('浏览器清空了本机数据库').isVisible()
  testInfo.annotations.push({
    type: 'chromium at restart',
    description: wiped ? 'deleted the database; restored from the copy' : 'kept the database',
  })
  if (wiped) {
    // The copy written from memory is what 恢复 brings back (the same text).
    await offer.getByRole('button', { name: '恢复', exact: true }).click()
    await expect(again.getByText('已从本机副本恢复 1 个计划')).toBeVisible({ timeout: 30_000 })
  } else {
    await expect(offer).toContainText('上次磁盘已满时有内容未能存入本机数据库')
    await expect(offer).toContainText('已在本机副本中找回 1 个计划的内容')
    await again.screenshot({ path: testInfo.outputPath('recover-banner.png') })
    await offer.getByRole('button', { name: '找回这些内容' }).click()
    await expect(again.getByText(/已找回 1 个计划的内容/)).toBeVisible({ timeout: 30_000 })
  }
  await expect(offer).toHaveCount(0)

  await again.getByRole('link', { name: '满盘计划' }).click()
  const found = new PlanPage(again)
  const firstBody = () =>
    found.document.getByRole('region', { name: '一、第一章' }).locator('.body-text')
  await expect(firstBody()).toHaveText(typed)
  await expect(
    found.document.getByRole('region', { name: '二、第二章' }).locator('.body-text'),
  ).toHaveText('第二章正文')
  await found.waitSaved()
  // Stored for good: after a reload the same text, once, and no offer again.
  await again.reload()
  await expect(firstBody()).toHaveText(typed)
  await expect(again.getByRole('alert', { name: '存储空间提醒' })).toHaveCount(0)
  if (!wiped) {
    // The plan as it was before is a version 找回之前.
    await again.getByRole('button', { name: '历史版本' }).click()
    await expect(again.getByRole('dialog', { name: '历史版本' })).toContainText('找回之前')
  }
})

// On the real tmpfs Chromium has deleted the database at every restart after it got stuck (the
// test above then takes the 恢复 path). Where it keeps it, the database lacks what was typed
// since the disk filled, and the start check offers 找回. That state is set up here as the app
// leaves it: the copy the app wrote itself, given the text typed since and the mark of a copy
// written from memory (the database keeps its own content and version history).
test('a copy written from memory newer than the database: 找回这些内容 writes it into the plan, its versions kept', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'full', title: '满盘计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
    { id: 'B', parentId: null, title: '第二章', body: '第二章正文' },
  ])
  const plan = new PlanPage(page)
  const firstBody = () =>
    plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text')
  await expect(firstBody()).toHaveText('原有正文')
  // The copy the app keeps in the origin private file system (written soon after the first change).
  const typed = '原有正文满盘后输入的文字。'
  await expect
    .poll(
      () =>
        page.evaluate(async (text) => {
          try {
            const root = await navigator.storage.getDirectory()
            const file = await (await root.getFileHandle('plandraft-copy.json')).getFile()
            const copy = JSON.parse(await file.text()) as {
              tables: { nodes: { id: string; body: unknown }[] }
            }
            const node = copy.tables.nodes.find((row) => row.id === 'A')
            if (!node) return false
            node.body = {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
            }
            const recordHandle = await root.getFileHandle('plandraft-copy-record.json')
            const record = JSON.parse(await (await recordHandle.getFile()).text()) as object
            const write = async (name: string, data: string) => {
              const writable = await (
                await root.getFileHandle(name, { create: true })
              ).createWritable()
              await writable.write(data)
              await writable.close()
            }
            await write('plandraft-copy.json', JSON.stringify(copy))
            const marked = { ...record, at: Date.now() + 1000, fromMemory: true }
            await write('plandraft-copy-record.json', JSON.stringify(marked))
            return true
          } catch {
            return false
          }
        }, typed),
      { timeout: 30_000 },
    )
    .toBe(true)

  await page.reload()
  const offer = page.getByRole('alert', { name: '存储空间提醒' })
  await expect(offer).toContainText('上次磁盘已满时有内容未能存入本机数据库')
  await expect(offer).toContainText('已在本机副本中找回 1 个计划的内容')
  await expect(firstBody()).toHaveText('原有正文')
  await page.screenshot({ path: testInfo.outputPath('recover-banner.png') })
  await offer.getByRole('button', { name: '找回这些内容' }).click()
  await expect(page.getByText('已找回 1 个计划的内容')).toBeVisible()
  await expect(offer).toHaveCount(0)
  await expect(firstBody()).toHaveText(typed)
  await plan.waitSaved()
  // Stored, once, and not offered again; the plan as it was is a version 找回之前.
  await page.reload()
  await expect(firstBody()).toHaveText(typed)
  await expect(plan.row('一、第一章')).toBeVisible()
  await expect(plan.row('二、第二章')).toBeVisible()
  await expect(page.getByRole('alert', { name: '存储空间提醒' })).toHaveCount(0)
  await page.getByRole('button', { name: '历史版本' }).click()
  await expect(page.getByRole('dialog', { name: '历史版本' })).toContainText('找回之前')
})

test('a copy written from memory newer than the database: 不找回 keeps the database as it is', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await seedPlan(page, { id: 'full', title: '满盘计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
  ])
  const plan = new PlanPage(page)
  const firstBody = () =>
    plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text')
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          try {
            const root = await navigator.storage.getDirectory()
            const handle = await root.getFileHandle('plandraft-copy-record.json')
            const record = JSON.parse(await (await handle.getFile()).text()) as object
            const writable = await handle.createWritable()
            await writable.write(
              JSON.stringify({ ...record, at: Date.now() + 1000, fromMemory: true }),
            )
            await writable.close()
            const copyHandle = await root.getFileHandle('plandraft-copy.json')
            const copy = JSON.parse(await (await copyHandle.getFile()).text()) as {
              tables: { nodes: { id: string; title: string }[] }
            }
            copy.tables.nodes[0].title = '满盘时改的标题'
            const copyWritable = await copyHandle.createWritable()
            await copyWritable.write(JSON.stringify(copy))
            await copyWritable.close()
            return true
          } catch {
            return false
          }
        }),
      // The start's own copy, with no change to hasten it: 30 s after start, then the page's next
      // idle period (at most 5 s; localCopySchedule.ts). 30 s here was flaky in CI.
      { timeout: 60_000 },
    )
    .toBe(true)
  await page.reload()
  const offer = page.getByRole('alert', { name: '存储空间提醒' })
  await offer.getByRole('button', { name: '不找回' }).click()
  await expect(offer).toContainText('确定不找回吗')
  await offer.getByRole('button', { name: '确定不找回' }).click()
  await expect(offer).toHaveCount(0)
  await page.reload()
  await expect(firstBody()).toHaveText('原有正文')
  await expect(plan.row('一、第一章')).toBeVisible()
  await expect(page.getByRole('alert', { name: '存储空间提醒' })).toHaveCount(0)
})
