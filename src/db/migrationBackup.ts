import Dexie, { type Transaction } from 'dexie'
import { buildBackupFile, serializeBackup, type BackupTables } from '../domain/backup/backupFile'
import { soundTables } from '../domain/backup/soundTables'
import { foldDraftRows, type LeftoverDraft } from '../domain/outline/foldDraftRows'
import type { OutlineNode, Plan } from '../domain/outline/types'

/** The one backup the version-7 upgrade keeps: the data as it was before plans became documents. */
export const MIGRATION_BACKUP_ID = 'before-documents'

/**
 * A backup kept in the database by an upgrade (table `migrationBackups`): the text of a
 * 备份全部数据 file (`text`, the same JSON), made from the rows before any plan was converted.
 */
export interface MigrationBackupRow {
  id: string
  /** The schema version the database had before the upgrade. */
  fromVersion: number
  /** When the upgrade ran (ms). */
  createdAt: number
  /** Plans in it (the trash too), for the label. */
  plans: number
  /** The file's text, as 备份全部数据 writes it (until compacted, see migrationBackupRepo). */
  text?: string
  /** The same text gzipped: what the row keeps once the app has compacted it after the upgrade. */
  gzip?: Uint8Array<ArrayBuffer>
}

/**
 * The version-7 upgrade, inside the upgrade transaction (only its own tables are awaited): drafts
 * an earlier build left are folded into their items (the `drafts` table goes with this version),
 * then — when the database holds any plan — the whole database is kept once as a backup file's
 * text in `migrationBackups`, before any plan is made a document from its rows.
 */
export async function upgradeToV7(
  tx: Transaction,
  fromVersion: number,
  now: number,
): Promise<void> {
  const drafts = (await rowsOfDroppedTable(tx, 'drafts')) as LeftoverDraft[]
  if (drafts.length > 0) {
    const ids = [...new Set(drafts.map((draft) => draft.nodeId))]
    const stored = (await tx.table('nodes').bulkGet(ids)) as (OutlineNode | undefined)[]
    const nodes = new Map(stored.flatMap((node) => (node ? [[node.id, node] as const] : [])))
    const { changed, charDelta } = foldDraftRows(nodes, drafts)
    if (changed.length) await tx.table('nodes').bulkPut(changed)
    for (const [planId, delta] of charDelta) {
      const plan = (await tx.table('plans').get(planId)) as Plan | undefined
      if (plan)
        await tx
          .table('plans')
          .update(planId, { charCount: Math.max(0, (plan.charCount ?? 0) + delta) })
    }
  }
  const plans = (await tx.table('plans').toArray()) as Plan[]
  if (plans.length === 0) return
  const tables: BackupTables = soundTables({
    plans,
    nodes: await tx.table('nodes').toArray(),
    phrases: await tx.table('phrases').toArray(),
    phraseCategories: await tx.table('phraseCategories').toArray(),
    snapshots: await tx.table('snapshots').toArray(),
    settings: await tx.table('settings').toArray(),
    templates: await tx.table('templates').toArray(),
  })
  const row: MigrationBackupRow = {
    id: MIGRATION_BACKUP_ID,
    fromVersion,
    createdAt: now,
    plans: plans.length,
    text: serializeBackup(buildBackupFile(tables, new Date(now))),
  }
  await tx.table('migrationBackups').put(row)
}

/**
 * Every row of a table this version drops, read from the upgrade transaction's own store: Dexie
 * still has it, but y-dexie's middleware refuses a table missing from the new schema.
 */
function rowsOfDroppedTable(tx: Transaction, name: string): Promise<unknown[]> {
  const { idbtrans } = tx as Transaction & { idbtrans: IDBTransaction }
  if (!idbtrans.objectStoreNames.contains(name)) return Dexie.Promise.resolve([])
  const request = idbtrans.objectStore(name).getAll()
  return new Dexie.Promise<unknown[]>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as unknown[])
    request.onerror = () => reject(request.error ?? new Error(`${name} unreadable`))
  })
}
