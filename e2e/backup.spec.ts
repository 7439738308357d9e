import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { PhrasesPanel } from './fixtures/phrasesPanel'
import { readDatabase } from './fixtures/readDatabase'
import { seedPlan } from './fixtures/seedPlan'
import { writeRows } from './fixtures/writeRows'

const FIRST = '甲镇总工会2027年工作计划'
const SECOND = '乙街道人大工委2027年工作要点'
const PHRASE = '备份测试用语××'

const backupDialog = (page: Page) => page.getByRole('dialog', { name: '备份与恢复' })
const planLinks = (page: Page) => page.locator('.plan-table').getByRole('link')

async function openBackup(page: Page) {
  await page.getByRole('button', { name: '备份与恢复' }).click()
  await expect(backupDialog(page)).toBeVisible()
}

/** Choose a file as the user does: the button, then the browser's file chooser. */
async function chooseBackup(page: Page, file: string) {
  await openBackup(page)
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    backupDialog(page).getByRole('button', { name: '选择备份文件…' }).click(),
  ])
  await chooser.setFiles(file)
}

test('备份全部数据, then 替换 gives it back, 合并 adds beside it, a broken file changes nothing', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'bk1', title: FIRST }, [
    { id: 'a', parentId: null, title: '加强思想引领' },
    { id: 'a1', parentId: 'a', title: '深化理论学习', body: '组织职工系统学习。' },
  ])
  const phrases = new PhrasesPanel(page)
  await phrases.open()
  await phrases.panel.getByRole('button', { name: '新建常用语' }).click()
  const form = page.getByRole('dialog', { name: '新建常用语' })
  await form.getByRole('textbox', { name: '常用语' }).fill(PHRASE)
  await form.getByRole('button', { name: '保存' }).click()
  await expect(phrases.option(PHRASE)).toBeVisible()
  await seedPlan(page, { id: 'bk2', title: SECOND }, [
    { id: 'b', parentId: null, title: '依法履职', body: '听取审议专项工作报告。' },
  ])
  await page.goto('/#/')
  await expect(planLinks(page)).toHaveCount(2)

  // Export: one file with every table.
  await openBackup(page)
  await expect(backupDialog(page)).toContainText('还没有备份过')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backupDialog(page).getByRole('button', { name: '下载备份文件' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^计划起草备份-\d{4}-\d{2}-\d{2}\.json$/)
  const file = testInfo.outputPath('backup.json')
  await download.saveAs(file)
  const backup = JSON.parse(await readFile(file, 'utf8'))
  expect(backup).toMatchObject({ format: 'plandraft-backup', version: 2 })
  expect(backup.tables.plans.map((plan: { title: string }) => plan.title).sort()).toEqual(
    [FIRST, SECOND].sort(),
  )
  expect(backup.tables.nodes).toHaveLength(3)
  expect(backup.tables.phrases.map((phrase: { text: string }) => phrase.text)).toContain(PHRASE)
  await expect(backupDialog(page)).toContainText('上次备份：今天')
  const atExport = await readDatabase(page)
  await backupDialog(page).getByRole('button', { name: '关闭' }).click()

  // Change things: one plan to the trash, the other renamed.
  await page.getByRole('button', { name: `删除 ${FIRST}` }).click()
  await page.getByRole('dialog', { name: '删除计划' }).getByRole('button', { name: '删除' }).click()
  await page.getByRole('button', { name: `重命名 ${SECOND}` }).click()
  const rename = page.getByRole('dialog', { name: '重命名计划' })
  await rename.getByLabel('计划标题').fill('改过的标题')
  await rename.getByRole('button', { name: '保存' }).click()
  await expect(planLinks(page)).toHaveText(['改过的标题'])

  // 替换: the file is shown first, a warning asked, then everything is as it was at export.
  await chooseBackup(page, file)
  const preview = page.getByRole('dialog', { name: '从备份恢复' })
  await expect(preview).toContainText('2 个计划')
  await expect(preview).toContainText('3 个条目')
  await expect(preview.getByRole('row', { name: new RegExp(FIRST) })).toContainText('2026')
  await expect(preview.getByRole('row', { name: new RegExp(SECOND) })).toBeVisible()
  await page.screenshot({ path: '/tmp/backup-preview.png' })
  await preview.getByRole('button', { name: '替换…' }).click()
  const confirm = page.getByRole('dialog', { name: '替换全部数据？' })
  await expect(confirm).toContainText('2 个计划（包括回收站中的）')
  await expect(confirm).toContainText('此操作不能撤销')
  await page.screenshot({ path: '/tmp/backup-confirm.png' })
  await confirm.getByRole('button', { name: '删除现有数据并替换' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('status').getByText('已用备份替换全部数据（2 个计划）')).toBeVisible()
  await expect(planLinks(page)).toHaveCount(2)
  await expect(page.getByRole('link', { name: FIRST })).toBeVisible()
  await expect(page.getByRole('link', { name: SECOND })).toBeVisible()
  expect(await readDatabase(page)).toEqual(atExport)

  // 合并 of the same file: both plans are here as they are in it, so nothing is doubled.
  await chooseBackup(page, file)
  await page
    .getByRole('dialog', { name: '从备份恢复' })
    .getByRole('button', { name: '合并' })
    .click()
  await expect(
    page.getByRole('status').getByText('已合并备份中的 0 个计划，2 个相同的计划已存在，未重复添加'),
  ).toBeVisible()
  await expect(planLinks(page)).toHaveCount(2)
  expect(await readDatabase(page)).toEqual(atExport)

  // A plan changed here since: 合并 adds the file's one beside it, clobbering nothing.
  await page.getByRole('button', { name: `重命名 ${SECOND}` }).click()
  await rename.getByLabel('计划标题').fill('改过的标题')
  await rename.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('link', { name: '改过的标题' })).toBeVisible()
  await chooseBackup(page, file)
  await page
    .getByRole('dialog', { name: '从备份恢复' })
    .getByRole('button', { name: '合并' })
    .click()
  await expect(
    page.getByRole('status').getByText('已合并备份中的 1 个计划，1 个相同的计划已存在，未重复添加'),
  ).toBeVisible()
  await expect(planLinks(page)).toHaveCount(3)
  await expect(page.getByRole('link', { name: FIRST })).toHaveCount(1)
  await expect(page.getByRole('link', { name: SECOND })).toHaveCount(1)
  const merged = await readDatabase(page)
  for (const row of atExport.nodes) expect(merged.nodes).toContainEqual(row)
  expect(merged.nodes).toHaveLength(4)
  expect(merged.phrases).toHaveLength(atExport.phrases.length)

  // The copy opens with its outline.
  await page.getByRole('link', { name: FIRST }).first().click()
  await expect(page.getByRole('tree', { name: '计划大纲' }).getByRole('treeitem')).toHaveCount(2)
  await page.goto('/#/')

  // A truncated file: its message, and not one row changed.
  const text = await readFile(file, 'utf8')
  await openBackup(page)
  await backupDialog(page)
    .getByLabel('选择备份文件')
    .setInputFiles({
      name: '计划起草备份-截断.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
    })
  await expect(backupDialog(page).getByRole('alert')).toHaveText(
    '备份文件不完整（可能在下载或复制时被截断），无法恢复。现有数据没有任何改动。',
  )
  await page.screenshot({ path: '/tmp/backup-broken.png' })
  expect(await readDatabase(page)).toEqual(merged)
  await backupDialog(page).getByRole('button', { name: '关闭' }).click()
  await expect(planLinks(page)).toHaveCount(3)
})

test('导入计划（JSON） given a full backup offers 恢复 and opens it there', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'bj1', title: FIRST }, [
    { id: 'a', parentId: null, title: '加强思想引领' },
  ])
  await page.goto('/#/')
  await openBackup(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backupDialog(page).getByRole('button', { name: '下载备份文件' }).click(),
  ])
  const file = testInfo.outputPath('full-backup.json')
  await download.saveAs(file)
  await backupDialog(page).getByRole('button', { name: '关闭' }).click()

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入计划（JSON）' }).click(),
  ])
  await chooser.setFiles(file)
  const offer = page.getByRole('dialog', { name: '这是全部数据备份' })
  await expect(offer).toContainText('不是单个计划文件')
  await expect(page.getByText('导入失败')).toHaveCount(0)
  await offer.getByRole('button', { name: '恢复…' }).click()
  const preview = page.getByRole('dialog', { name: '从备份恢复' })
  await expect(preview).toContainText('1 个计划')
  await expect(preview.getByRole('row', { name: new RegExp(FIRST) })).toBeVisible()
  await preview.getByRole('button', { name: '合并' }).click()
  await expect(
    page.getByRole('status').getByText('已合并备份中的 0 个计划，1 个相同的计划已存在，未重复添加'),
  ).toBeVisible()
  await expect(planLinks(page)).toHaveCount(1)

  // 取消 in the offer leaves everything as it was.
  const [again] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入计划（JSON）' }).click(),
  ])
  await again.setFiles(file)
  await offer.getByRole('button', { name: '取消' }).click()
  await expect(offer).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(planLinks(page)).toHaveCount(1)
})

test('存储 shows persistence and usage, and asks for persistent storage', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: '存储' }).click()
  const dialog = page.getByRole('dialog', { name: '存储' })
  await expect(dialog).toContainText(/已用空间\s*\d[\d,]*\.\d+ MB/)
  await expect(dialog).toContainText(/可用空间\s*约 \d[\d,]*\.\d+ MB/)
  await expect(dialog).toContainText(/持久存储\s*(已开启|未开启)/)
  await page.screenshot({ path: '/tmp/storage-dialog.png' })
  const ask = dialog.getByRole('button', { name: '申请持久存储' })
  if (await ask.isVisible()) {
    await ask.click()
    await expect(dialog).toContainText(/浏览器暂未同意|已开启/)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('a week of edits without a backup: the reminder, whose button backs up', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  const tenDaysAgo = Date.now() - 10 * 24 * 60 * 60 * 1000
  await writeRows(
    page,
    {
      id: 'old1',
      title: '上周起草的计划',
      unit: '某某镇总工会',
      year: 2027,
      numbering: { scheme: 'standard', continuousLevel2: false },
      preamble: null,
      createdAt: tenDaysAgo,
      updatedAt: tenDaysAgo,
      charCount: 0,
    },
    [],
  )
  await page.reload()
  const reminder = page.getByRole('status').filter({ hasText: '还没有备份' })
  const persisted = await page.evaluate(() => navigator.storage.persisted())
  test.skip(persisted, 'the reminder is only for storage the browser may clear')
  await expect(reminder).toBeVisible()
  await page.screenshot({ path: '/tmp/backup-reminder.png' })

  // 稍后提醒 hides it (for 7 days); after a reload it stays away.
  await reminder.getByRole('button', { name: '稍后提醒' }).click()
  await expect(reminder).toBeHidden()
  await page.reload()
  await expect(page.getByRole('link', { name: '上周起草的计划' })).toBeVisible()
  await expect(reminder).toBeHidden()

  // Without the dismissal, its 立即备份 downloads the backup and it goes.
  await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve) => {
      const request = indexedDB.open('plandraft')
      request.onsuccess = () => resolve(request.result)
    })
    await new Promise((resolve) => {
      const tx = db.transaction('settings', 'readwrite')
      tx.objectStore('settings').delete('backupReminderDismissedAt')
      tx.oncomplete = resolve
    })
    db.close()
  })
  await page.reload()
  await expect(reminder).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: '立即备份' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^计划起草备份-/)
  await expect(reminder).toBeHidden()
})
