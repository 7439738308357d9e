import { backupFileChunks, buildBackupFile } from '../domain/backup/backupFile'
import type { StoreRecord } from '../domain/backup/storeLoss'
import { chineseErrorMessage } from '../domain/errors/chineseErrorMessage'
import type { LocalCopyReport } from './localCopy.worker'
import { copyDirectory, writeCopyAndRecord } from './localCopyFiles'
import { memoryBackupTables, type UnsavedText } from './memoryBackup'
import { memoryMirrorLoaded, memoryRow } from './memoryMirror'
import { settingKeys } from './schema'

/** The page's thread is given back after this much work (ms), so typing is answered. */
const SLICE_MS = 8

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The copy in OPFS written from memory (memoryBackupTables: every row memory holds, with the text
 * open documents and fields hold), for when the database refuses to be read or written — a full
 * disk, or Chromium refusing every request of the database until it restarts. The worker's copy
 * reads the database, which then cannot be read. Same format and files as that copy (version
 * history left out), made in slices on the page's thread (memory is this page's); its record
 * says `fromMemory`, so the next start compares it with the database that survived
 * (checkStoreOnStart). Nothing is written unless memory holds the whole database.
 */
export async function writeMemoryLocalCopy(
  fields: readonly UnsavedText[] = [],
  now = new Date(),
): Promise<LocalCopyReport> {
  try {
    if (!memoryMirrorLoaded()) return { ok: false, error: '内存中的数据尚未读完' }
    const id = memoryRow<{ value: unknown }>('settings', settingKeys.databaseId)?.value
    const tables = { ...memoryBackupTables(fields), snapshots: [] }
    if (typeof id !== 'string' || tables.plans.length === 0)
      return { ok: false, error: '没有可保存的计划' }
    const directory = await copyDirectory()
    if (!directory) return { ok: false, error: '浏览器不支持本机副本（私有文件区）' }
    const started = performance.now()
    const parts: string[] = []
    let sliceStart = started
    for (const chunk of backupFileChunks(buildBackupFile(tables, now))) {
      parts.push(chunk.text)
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage()
        sliceStart = performance.now()
      }
    }
    const file = new Blob(parts, { type: 'application/json' })
    const read = performance.now()
    const record: StoreRecord = {
      databaseId: id,
      plans: tables.plans.length,
      nodes: tables.nodes.length,
      at: +now,
      fromMemory: true,
    }
    return await writeCopyAndRecord(directory, file, record, started, read)
  } catch (error) {
    return { ok: false, error: chineseErrorMessage(error, '保存本机副本') }
  }
}
