import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { readDatabase } from './fixtures/readDatabase'

// A database an earlier version (schema 5) left, with text typed and not yet folded (a draft):
// today's app upgrades it, keeps a backup of it all first, and offers that backup back.

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/** Write the version-5 database (Dexie stores version × 10) before the app has opened it. */
async function leaveVersion5Database(page: Page) {
  // A page of the app's origin that does not run the app.
  await page.goto('/favicon.svg')
  await page.evaluate(
    async ({ plan, nodes, draft }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('plandraft', 50)
        request.onupgradeneeded = () => {
          const made = request.result
          const store = (name: string, keyPath: string, indexes: (string | string[])[] = []) => {
            const created = made.createObjectStore(name, { keyPath })
            for (const index of indexes)
              created.createIndex(Array.isArray(index) ? `[${index.join('+')}]` : index, index)
          }
          store('plans', 'id', ['updatedAt', 'deletedAt'])
          store('nodes', 'id', ['planId'])
          store('phrases', 'id', ['categoryId', 'builtinKey', 'lastUsedAt'])
          store('phraseCategories', 'id')
          store('settings', 'key')
          store('drafts', 'nodeId', ['planId'])
          store('snapshots', 'id', ['planId', ['planId', 'createdAt']])
          store('templates', 'id', ['builtinKey', 'updatedAt'])
        }
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['plans', 'nodes', 'drafts'], 'readwrite')
        tx.objectStore('plans').put(plan)
        for (const node of nodes) tx.objectStore('nodes').put(node)
        tx.objectStore('drafts').put(draft)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    {
      plan: {
        id: 'old',
        title: '升级前的计划',
        unit: '某某镇总工会',
        year: 2026,
        numbering: { scheme: 'standard', continuousLevel2: false },
        preamble: paragraph('升级前的指导思想'),
        createdAt: 1,
        updatedAt: Date.now(),
        charCount: 20,
        recipient: '各村工会',
      },
      nodes: [
        {
          id: 'c1',
          planId: 'old',
          parentId: null,
          orderKey: 'a0',
          title: '第一章',
          body: paragraph('旧正文'),
        },
      ],
      draft: { nodeId: 'c1', planId: 'old', body: paragraph('关窗前输入的正文'), savedAt: 2 },
    },
  )
}

const backupDialog = (page: Page) => page.getByRole('dialog', { name: '备份与恢复' })

test('an earlier database is upgraded with a backup kept first: 下载 and 删除 升级前的备份 by keyboard', async ({
  page,
}, testInfo) => {
  await leaveVersion5Database(page)
  await page.goto('/#/')
  await expect(page.getByRole('link', { name: '升级前的计划' })).toBeVisible()

  // Kept as text by the upgrade, gzipped by the app right after (the download reads it back).
  await expect
    .poll(async () => {
      const [row] = ((await readDatabase(page)).migrationBackups ?? []) as { text?: string }[]
      return row ? 'text' in row : 'no backup'
    })
    .toBe(false)
  await page.getByRole('button', { name: '备份与恢复' }).click()
  const part = backupDialog(page).getByRole('region', { name: '升级前的备份' })
  await expect(part).toContainText('1 个计划')
  await page.screenshot({ path: testInfo.outputPath('migration-backup.png') })

  // 下载升级前的备份, from the keyboard: the file is a backup 从备份恢复 reads, draft folded in.
  await part.getByRole('button', { name: '下载升级前的备份' }).focus()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  expect(download.suggestedFilename()).toMatch(/^计划起草升级前备份-\d{4}-\d{2}-\d{2}\.json$/)
  const file = testInfo.outputPath('before-upgrade.json')
  await download.saveAs(file)
  const backup = JSON.parse(await readFile(file, 'utf8'))
  expect(backup).toMatchObject({ format: 'plandraft-backup' })
  expect(backup.tables.plans.map((plan: { title: string }) => plan.title)).toEqual(['升级前的计划'])
  expect(JSON.stringify(backup.tables.nodes)).toContain('关窗前输入的正文')

  // 删除升级前的备份…, asked first, from the keyboard.
  await part.getByRole('button', { name: '删除升级前的备份…' }).focus()
  await page.keyboard.press('Enter')
  const confirm = part.getByRole('group', { name: '确认删除升级前的备份' })
  await expect(confirm).toContainText('删除后无法找回')
  await expect(confirm.getByRole('button', { name: '确定删除' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').getByText('已删除升级前的备份')).toBeVisible()
  await expect(part).toBeHidden()
  await backupDialog(page).getByRole('button', { name: '关闭' }).click()

  // The plan, now a document, as that version stored it with the draft folded in.
  await page.getByRole('link', { name: '升级前的计划' }).click()
  const plan = new PlanPage(page)
  await expect(plan.document.getByRole('region', { name: '一、第一章' })).toContainText(
    '关窗前输入的正文',
  )
  await expect(plan.document).toContainText('升级前的指导思想')
  await expect(plan.document).toContainText('各村工会')
  await expect(plan.document).not.toContainText('旧正文')
})
