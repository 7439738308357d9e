import { backupFileName, buildBackupFile, serializeBackup } from '../../domain/backup/backupFile'
import { readBackupTables, type RestoreMode } from '../../db/backupRepo'
import { settingKeys } from '../../db/schema'
import { setSetting } from '../../db/settingsRepo'
import type { BackupReading, OnProgress, RestoreOutcome } from './backupReading'
import type { LibraryCommand } from './libraryCommand'

/** 备份全部数据: every table as one file (the caller hands it to the download). */
export const exportBackupCommand: LibraryCommand<void, { fileName: string; text: string }> = {
  name: 'exportBackup',
  label: '备份全部数据',
  perform: async () => {
    const now = new Date()
    const tables = await readBackupTables(now.getTime())
    return { fileName: backupFileName(now), text: serializeBackup(buildBackupFile(tables, now)) }
  },
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
  perform: ({ reading, mode, onProgress }) => reading.restore(mode, onProgress),
}

/** 稍后提醒 on the backup reminder: quiet for 7 days. */
export const dismissBackupReminderCommand: LibraryCommand<number, void> = {
  name: 'dismissBackupReminder',
  label: '稍后提醒',
  perform: (now) => setSetting(settingKeys.backupReminderDismissedAt, now),
}
