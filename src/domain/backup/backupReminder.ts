const DAY = 24 * 60 * 60 * 1000
/** Edits this old without a backup call for one; a dismissed reminder stays away this long. */
export const BACKUP_REMINDER_AFTER_MS = 7 * DAY

export interface BackupReminderInput {
  /** navigator.storage.persisted(): the browser will not evict this site's data. */
  persisted: boolean
  lastBackupAt: number | null
  dismissedAt: number | null
  /** Times the data was edited: each plan's createdAt and updatedAt, each snapshot's createdAt. */
  editTimes: readonly number[]
  now: number
}

/**
 * Whether the library shows 建议备份: storage the browser may evict, and the oldest edit since
 * the last backup is more than 7 days old; a dismissal silences it for 7 days.
 */
export function shouldRemindBackup(input: BackupReminderInput): boolean {
  if (input.persisted) return false
  if (input.dismissedAt !== null && input.now - input.dismissedAt < BACKUP_REMINDER_AFTER_MS)
    return false
  const since = input.lastBackupAt ?? -Infinity
  const unsaved = input.editTimes.filter((time) => time > since)
  if (unsaved.length === 0) return false
  return input.now - Math.min(...unsaved) > BACKUP_REMINDER_AFTER_MS
}
