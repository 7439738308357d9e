import { buildBackupFile, serializeBackup } from '../domain/backup/backupFile'
import { soundTables } from '../domain/backup/soundTables'
import type { StoreRecord } from '../domain/backup/storeLoss'
import { chineseErrorMessage } from '../domain/errors/chineseErrorMessage'
import { db } from './db'
import { copyDirectory, writeCopyAndRecord } from './localCopyFiles'
import { settingKeys } from './schema'

export type LocalCopyReport =
  | { ok: true; record: StoreRecord; bytes: number; readMs: number; writeMs: number }
  | { ok: false; error: string }

/** Every table but the version history, in one read. */
function readTables() {
  const tables = [db.plans, db.nodes, db.phrases, db.phraseCategories, db.settings]
  return db.transaction('r', [...tables, db.templates], async () => {
    const nodes = await db.nodes.toArray()
    const settings = await db.settings.toArray()
    const id = settings.find((row) => row.key === settingKeys.databaseId)?.value
    return {
      databaseId: typeof id === 'string' ? id : null,
      tables: soundTables({
        plans: await db.plans.toArray(),
        nodes,
        phrases: await db.phrases.toArray(),
        phraseCategories: await db.phraseCategories.toArray(),
        snapshots: [],
        settings,
        templates: await db.templates.toArray(),
      }),
    }
  })
}

const json = (text: string) => new Blob([text], { type: 'application/json' })

/**
 * Write the copy off the page's thread: read the database, make the backup file, write it and
 * then its record into OPFS. A database with no plans (or no id yet) leaves the copy as it is.
 */
async function writeCopy(): Promise<LocalCopyReport> {
  const directory = await copyDirectory()
  if (!directory) return { ok: false, error: '浏览器不支持本机副本（私有文件区）' }
  const started = performance.now()
  // The worker's own connection is closed whatever the read met: left open after a full disk,
  // it would keep Chromium from opening the database again for the page.
  const { databaseId, tables } = await readTables().finally(() => db.close())
  if (!databaseId || tables.plans.length === 0) return { ok: false, error: '没有可保存的计划' }
  const now = new Date()
  const file = json(serializeBackup(buildBackupFile(tables, now)))
  const read = performance.now()
  const record = { databaseId, plans: tables.plans.length, nodes: tables.nodes.length, at: +now }
  return writeCopyAndRecord(directory, file, record, started, read)
}

self.addEventListener('message', () => {
  writeCopy().then(
    (report) => self.postMessage(report),
    (error: unknown) =>
      self.postMessage({ ok: false, error: chineseErrorMessage(error, '保存本机副本') }),
  )
})
