import {
  backupFileName,
  buildBackupFile,
  serializeBackup,
  type BackupFile,
} from '../../domain/backup/backupFile'
import {
  readBackupTables,
  restoreBackup,
  type RestoreMode,
  type RestoreResult,
} from '../../db/backupRepo'
import { settingKeys } from '../../db/schema'
import { setSetting } from '../../db/settingsRepo'
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

/** 从备份恢复: a checked backup file merged into the data or replacing it, one transaction. */
export const restoreBackupCommand: LibraryCommand<
  { backup: BackupFile; mode: RestoreMode },
  RestoreResult
> = {
  name: 'restoreBackup',
  label: '从备份恢复',
  perform: ({ backup, mode }) => restoreBackup(backup.tables, mode),
}

/** 稍后提醒 on the backup reminder: quiet for 7 days. */
export const dismissBackupReminderCommand: LibraryCommand<number, void> = {
  name: 'dismissBackupReminder',
  label: '稍后提醒',
  perform: (now) => setSetting(settingKeys.backupReminderDismissedAt, now),
}
