import { db } from './db'
import type { MigrationBackupRow } from './migrationBackup'

/** What the 备份与恢复 dialog says of a kept backup (its content stays in the row). */
export type MigrationBackupInfo = Pick<
  MigrationBackupRow,
  'id' | 'fromVersion' | 'createdAt' | 'plans'
> & {
  /** Bytes it takes in the database. */
  bytes: number
}

const infoOf = ({ id, fromVersion, createdAt, plans, text, gzip }: MigrationBackupRow) => ({
  id,
  fromVersion,
  createdAt,
  plans,
  bytes: gzip ? gzip.byteLength : new Blob([text ?? '']).size,
})

/** The backups upgrades kept, newest first. */
export async function listMigrationBackups(): Promise<MigrationBackupInfo[]> {
  const rows = await db.migrationBackups.toArray()
  return rows.map(infoOf).sort((a, b) => b.createdAt - a.createdAt)
}

async function streamed(bytes: BlobPart, through: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes]).stream().pipeThrough(through)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** A kept backup's file text, or undefined when it was deleted meanwhile. */
export async function migrationBackupText(id: string): Promise<string | undefined> {
  const row = await db.migrationBackups.get(id)
  if (!row) return undefined
  if (row.text !== undefined) return row.text
  if (!row.gzip) return undefined
  return new TextDecoder().decode(await streamed(row.gzip, new DecompressionStream('gzip')))
}

/**
 * The upgrade keeps the backup as text (its transaction can await nothing but the database);
 * afterwards it is kept gzipped, a fraction of the size (a plan's JSON repeats itself a lot).
 * Checked to read back the same before the text goes. Run at start; does nothing once done.
 */
export async function compactMigrationBackups(): Promise<void> {
  if (typeof CompressionStream !== 'function') return
  for (const row of await db.migrationBackups.toArray()) {
    if (row.text === undefined) continue
    const gzip = await streamed(row.text, new CompressionStream('gzip'))
    const back = new TextDecoder().decode(await streamed(gzip, new DecompressionStream('gzip')))
    if (back !== row.text) continue
    await db.transaction('rw', db.migrationBackups, async () => {
      // Deleted (删除升级前的备份) meanwhile: nothing to compact.
      const current = await db.migrationBackups.get(row.id)
      if (!current || current.text !== row.text) return
      const compacted: MigrationBackupRow = { ...current, gzip }
      delete compacted.text
      await db.migrationBackups.put(compacted)
    })
  }
}

/** 删除升级前的备份. */
export function deleteMigrationBackup(id: string): Promise<void> {
  return db.migrationBackups.delete(id)
}
