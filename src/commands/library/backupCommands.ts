import { backupFileName, buildBackupFile } from '../../domain/backup/backupFile'
import { writeOpenPlansForBackup, type RestoreMode } from '../../db/backupRepo'
import { reloadMemoryMirror } from '../../db/databaseHealth'
import {
  dropOpenDocuments,
  flushOpenDocuments,
  reloadDroppedDocuments,
} from '../../db/planDocuments'
import { announceReplace } from '../../db/replaceChannel'
import { readLocalCopy } from '../../db/localCopyFiles'
import { acceptStore } from '../../store/checkStoreOnStart'
import { memoryBackupTables, type UnsavedText } from '../../db/memoryBackup'
import { repairDatabase } from '../../store/storageHealthStore'
import { settingKeys } from '../../db/schema'
import { setSetting } from '../../db/settingsRepo'
import {
  startBackupReading,
  type BackupReading,
  type OnProgress,
  type RestoreOutcome,
} from './backupReading'
import { backupFileBlob, type OnExportProgress } from './backupExportJob'
import { exportCancelled, makeBackupInWorker } from './backupExporting'
import type { LibraryCommand } from './libraryCommand'

/** A made backup file, for the download. */
export interface BackupDownload {
  fileName: string
  blob: Blob
}

/** How a backup being made reports its progress, and how 取消 stops it. */
export interface BackupExportOptions {
  onProgress?: OnExportProgress
  signal?: AbortSignal
}

/**
 * 备份全部数据: every table as one file (the caller hands it to the download). Open plans' rows
 * are written here; the file is read and written in a worker, and the backup time is stored only
 * once the file is made (the file carries the same time).
 */
export const exportBackupCommand: LibraryCommand<BackupExportOptions, BackupDownload> = {
  name: 'exportBackup',
  label: '备份全部数据',
  perform: async ({ onProgress = () => undefined, signal }) => {
    const now = new Date()
    await writeOpenPlansForBackup()
    const blob = await makeBackupInWorker(now.getTime(), onProgress, signal)
    if (signal?.aborted) throw exportCancelled()
    await setSetting(settingKeys.lastBackupAt, now.getTime())
    return { fileName: backupFileName(now), blob }
  },
}

/** A pause that lets the page paint and answer input (a task queued behind the waiting ones). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * 备份全部数据 when storage fails (a full disk, a database the browser recreated): the file is
 * made from what memory holds, with the text of open fields folded in; nothing is read or written
 * in the database (it may refuse both). Written out in slices on the page's thread (memory is
 * this page's), yielding between them.
 */
export const exportMemoryBackupCommand: LibraryCommand<
  { unsaved: readonly UnsavedText[] } & BackupExportOptions,
  BackupDownload
> = {
  name: 'exportMemoryBackup',
  label: '备份全部数据',
  perform: async ({ unsaved, onProgress = () => undefined, signal }) => {
    const now = new Date()
    const tables = memoryBackupTables(unsaved)
    const blob = await backupFileBlob(
      buildBackupFile(tables, now),
      (share) => onProgress('writing', share),
      async () => {
        await yieldToPage()
        if (signal?.aborted) throw exportCancelled()
      },
    )
    return { fileName: backupFileName(now), blob }
  },
}

/** 写回数据库: the database made anew from everything memory holds, in one transaction. */
export const writeBackMemoryCommand: LibraryCommand<void, number> = {
  name: 'writeBackMemory',
  label: '写回数据库',
  perform: () => repairDatabase(),
}

/**
 * 从备份恢复: a backup file read and checked in its worker, merged into the data or replacing
 * it there in one transaction (the page's thread stays free). Resolves `cancelled` when stopped
 * before the commit; nothing is changed then.
 */
export const restoreBackupCommand: LibraryCommand<
  { reading: BackupReading; mode: RestoreMode; onProgress: OnProgress },
  RestoreOutcome
> = {
  name: 'restoreBackup',
  label: '从备份恢复',
  perform: async ({ reading, mode, onProgress }) => {
    // 替换 replaces every plan, documents too (the worker clears them): documents open in this
    // window, or in another window of this profile, would otherwise write the old content back.
    // Let go of here (written first) and there (unwritten), then loaded anew when it is over.
    const replacing = mode === 'replace'
    if (replacing) {
      await flushOpenDocuments()
      await dropOpenDocuments()
      announceReplace('replacing')
    }
    let outcome: RestoreOutcome
    try {
      outcome = await reading.restore(mode, onProgress)
    } finally {
      if (replacing) {
        announceReplace('replaced')
        await reloadDroppedDocuments()
      }
    }
    if (outcome.kind === 'cancelled') return outcome
    // The worker's commits passed this window's copy by: read it anew, so a full disk later
    // keeps the restored plans too.
    await reloadMemoryMirror()
    // The database as restored is the one to record and copy (and a banner for a database the
    // browser deleted has done its work).
    await acceptStore().catch(() => undefined)
    return outcome
  },
}

/**
 * 恢复 from the copy in OPFS, after the browser deleted the database (see checkStoreOnStart):
 * the copy is read, checked and merged in the backup worker like any backup file (merged, so
 * anything made since the start stays); restoreBackupCommand then records the database.
 * Returns the number of plans restored; rejects with a Chinese message.
 */
export const restoreLocalCopyCommand: LibraryCommand<OnProgress, number> = {
  name: 'restoreLocalCopy',
  label: '从本机副本恢复',
  perform: async (onProgress) => {
    const copy = await readLocalCopy()
    if (!copy) throw new Error('找不到本机副本，请用备份文件恢复。')
    const reading = startBackupReading(copy.file, onProgress)
    const read = await reading.read
    if (read.kind !== 'read') {
      reading.close()
      throw new Error(read.kind === 'refused' ? `本机副本无法读取：${read.error}` : '已取消恢复。')
    }
    const outcome = await restoreBackupCommand.perform({ reading, mode: 'merge', onProgress })
    if (outcome.kind === 'cancelled') throw new Error('已取消恢复。')
    return outcome.plans
  },
}

/** 不恢复: the database as it is now (empty) is kept; the copy stays until new plans replace it. */
export const keepWipedStoreCommand: LibraryCommand<void, void> = {
  name: 'keepWipedStore',
  label: '不恢复',
  perform: () => acceptStore(),
}

/** 稍后提醒 on the backup reminder: quiet for 7 days. */
export const dismissBackupReminderCommand: LibraryCommand<number, void> = {
  name: 'dismissBackupReminder',
  label: '稍后提醒',
  perform: (now) => setSetting(settingKeys.backupReminderDismissedAt, now),
}
