import { beforeEach, describe, expect, it } from 'vitest'
import { serializeBackup } from '../../domain/backup/backupFile'
import { testBackup } from '../../domain/backup/testBackup'
import { db } from '../../db/db'
import type { JobReport } from './backupRestoreMessages'
import { createBackupRestoreJob } from './backupRestoreJob'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

function job() {
  const reports: JobReport[] = []
  const handle = createBackupRestoreJob((report) => reports.push(report))
  return { reports, handle, last: () => reports.filter((r) => r.type !== 'progress').at(-1) }
}

describe('backup restore job', () => {
  it('reads a file, reports its summary, then replaces the data with it', async () => {
    const { handle, last } = job()
    await handle({ type: 'read', file: new Blob([serializeBackup(testBackup())]) })
    expect(last()).toMatchObject({ type: 'read', ok: true })
    await handle({ type: 'restore', mode: 'replace' })
    expect(last()).toMatchObject({ type: 'restored', ok: true, result: { plans: 2 } })
    expect(await db.plans.count()).toBe(2)
  })
})
