import { db } from './db'
import type { MigrationBackupRow } from './migrationBackup'

/** What the 备份与恢复 dialog says of a kept backup (its text stays in the row). */
export type MigrationBackupInfo = Omit<MigrationBackupRow, 'text'> & { bytes: number }

const infoOf = ({ text, ...info }: MigrationBackupRow): MigrationBackupInfo => ({
  ...info,
  bytes: new Blob([text]).size,
})

/** The backups upgrades kept, newest first. */
export async function listMigrationBackups(): Promise<MigrationBackupInfo[]> {
  const rows = await db.migrationBackups.toArray()
  return rows.map(infoOf).sort((a, b) => b.createdAt - a.createdAt)
}

/** A kept backup's file text, or undefined when it was deleted meanwhile. */
export async function migrationBackupText(id: string): Promise<string | undefined> {
  return (await db.migrationBackups.get(id))?.text
}

/** 删除升级前的备份. */
export function deleteMigrationBackup(id: string): Promise<void> {
  return db.migrationBackups.delete(id)
}
