import { shouldRemindBackup } from '../../domain/backup/backupReminder'
import { dismissBackupReminderCommand } from '../../commands/library/backupCommands'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { useEditTimes } from '../../data/backupQueries'
import { useSetting } from '../../data/useSetting'
import { settingKeys } from '../../db/schema'
import { runBackup } from './runBackup'
import { useStorageStatus } from './useStorageStatus'
import './backup.css'

/** In the library: storage the browser may clear, and a week of edits with no backup. */
export function BackupReminder() {
  const { persisted } = useStorageStatus()
  const lastBackupAt = useSetting<number | null>(settingKeys.lastBackupAt, null)
  const dismissedAt = useSetting<number | null>(settingKeys.backupReminderDismissedAt, null)
  const editTimes = useEditTimes()
  if (persisted === null || lastBackupAt === undefined || dismissedAt === undefined || !editTimes)
    return null
  const remind = shouldRemindBackup({
    persisted,
    lastBackupAt,
    dismissedAt,
    editTimes,
    now: Date.now(),
  })
  if (!remind) return null
  return (
    <div className="backup-reminder" role="status">
      <p>有一周以上的修改还没有备份。浏览器在磁盘空间不足时可能清除本机数据，建议下载一份备份。</p>
      <button type="button" className="primary" onClick={() => void runBackup()}>
        立即备份
      </button>
      <button
        type="button"
        onClick={() => void runLibraryCommand(dismissBackupReminderCommand, Date.now())}
      >
        稍后提醒
      </button>
    </div>
  )
}
