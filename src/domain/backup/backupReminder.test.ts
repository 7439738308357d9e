import { describe, expect, it } from 'vitest'
import { shouldRemindBackup } from './backupReminder'

const DAY = 86_400_000
const now = 100 * DAY
const base = { persisted: false, lastBackupAt: null, dismissedAt: null, now }

describe('shouldRemindBackup', () => {
  it('reminds when the oldest edit since the last backup is more than 7 days old', () => {
    expect(shouldRemindBackup({ ...base, editTimes: [now - 8 * DAY, now - DAY] })).toBe(true)
    expect(shouldRemindBackup({ ...base, editTimes: [now - 6 * DAY, now - DAY] })).toBe(false)
    expect(
      shouldRemindBackup({ ...base, lastBackupAt: now - 7.5 * DAY, editTimes: [now - 8 * DAY] }),
    ).toBe(false)
    expect(
      shouldRemindBackup({
        ...base,
        lastBackupAt: now - 9 * DAY,
        editTimes: [now - 10 * DAY, now - 8 * DAY],
      }),
    ).toBe(true)
  })

  it('stays quiet with persistent storage, no edits, or a recent dismissal', () => {
    const editTimes = [now - 30 * DAY]
    expect(shouldRemindBackup({ ...base, editTimes })).toBe(true)
    expect(shouldRemindBackup({ ...base, persisted: true, editTimes })).toBe(false)
    expect(shouldRemindBackup({ ...base, editTimes: [] })).toBe(false)
    expect(shouldRemindBackup({ ...base, dismissedAt: now - 2 * DAY, editTimes })).toBe(false)
    expect(shouldRemindBackup({ ...base, dismissedAt: now - 8 * DAY, editTimes })).toBe(true)
  })
})
