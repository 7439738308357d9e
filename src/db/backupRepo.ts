import type { IndexableType, Table } from 'dexie'
import type { BackupTables } from '../domain/backup/backupFile'
import { mergeBackup, type MergeResult } from '../domain/backup/mergeBackup'
import { soundTables } from '../domain/backup/soundTables'
import { newId } from '../domain/newId'
import { db } from './db'
import { closeAllPlanDocuments, writeOpenDocumentRows } from './planDocuments'
import { DOC_UPDATES_TABLE, settingKeys } from './schema'

/**
 * Every table, so a backup or a restore is one transaction over all the data. The plans'
 * documents (y-dexie's updates table) are not in the file: it holds the rows written from them,
 * and a restored plan's document is made from its rows when it is first opened.
 */
const allTables = () => [
  db.plans,
  db.nodes,
  db.phrases,
  db.phraseCategories,
  db.settings,
  db.snapshots,
  db.templates,
]

/**
 * The first step of 备份全部数据: the rows of open plans written now, so they hold every edit
 * made so far (they are written from the documents); if they cannot be written, the caller makes
 * the backup from memory.
 */
export async function writeOpenPlansForBackup(): Promise<void> {
  await writeOpenDocumentRows()
}

/** Rows read per request: the progress moves, and the reading thread answers between pages. */
const PAGE = 5_000

/** Every row of a table in key order, page by page, telling `onRows` how many came each time. */
async function readPaged<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  keyOf: (row: Row) => Key,
  onRows: (count: number) => void,
): Promise<Row[]> {
  const rows: Row[] = []
  let page = await table.limit(PAGE).toArray()
  while (page.length > 0) {
    for (const row of page) rows.push(row)
    onRows(page.length)
    if (page.length < PAGE) break
    page = await table
      .where(':id')
      .above(keyOf(page[page.length - 1]))
      .limit(PAGE)
      .toArray()
  }
  return rows
}

/**
 * All the data as the backup file carries it, read in one read-only transaction (one moment's
 * state), page by page with `onShare` told the share read: `lastBackupAt` is `now` (the caller stores it once the file is made, so a restore gives
 * back exactly what was there), and leftovers and damaged outlines are made sound in the file
 * only (soundTables), so every backup can be restored.
 */
export function readBackupSnapshot(
  now: number,
  onShare: (share: number) => void = () => undefined,
): Promise<BackupTables> {
  const tables = allTables()
  return db.transaction('r', tables, async () => {
    let total = 0
    for (const table of tables) total += await table.count()
    let read = 0
    const onRows = (count: number) => {
      read += count
      onShare(total ? read / total : 1)
    }
    const id = (row: { id: string }) => row.id
    const nodes = await readPaged(db.nodes, id, onRows)
    const settings = (await readPaged(db.settings, (row) => row.key, onRows)).filter(
      (row) => row.key !== settingKeys.lastBackupAt,
    )
    settings.push({ key: settingKeys.lastBackupAt, value: now })
    return soundTables({
      plans: await readPaged(db.plans, id, onRows),
      nodes,
      phrases: await readPaged(db.phrases, id, onRows),
      phraseCategories: await readPaged(db.phraseCategories, id, onRows),
      snapshots: await readPaged(db.snapshots, id, onRows),
      settings,
      templates: await readPaged(db.templates, id, onRows),
    })
  })
}

/**
 * All the data, for 备份全部数据, as one call: open plans' rows written, the backup time recorded, then
 * every table read (see readBackupSnapshot). The app makes the file in a worker instead
 * (backupExportJob), storing the time only once the file is made.
 */
export async function readBackupTables(now = Date.now()): Promise<BackupTables> {
  await writeOpenPlansForBackup()
  await db.settings.put({ key: settingKeys.lastBackupAt, value: now })
  return readBackupSnapshot(now)
}

export type RestoreMode = 'merge' | 'replace'

/** How a restore reports how far it is, and how it is asked to stop (before it commits). */
export interface RestoreProgress {
  /** Share of the rows written, 0 to 1. */
  onProgress?: (share: number) => void
  /** Asked between slices of rows: true aborts the transaction, nothing is changed. */
  stopped?: () => boolean
}

/** Thrown inside the restore transaction when it is stopped: the transaction aborts. */
export class RestoreStopped extends Error {
  constructor() {
    super('恢复已取消')
  }
}

/** Rows per bulkAdd: the progress moves and a stop is heard between slices. */
const SLICE = 2_000

interface Slice {
  add: () => Promise<unknown>
  rows: number
}

/** Every table's rows as slices to add, in the order of the tables' references. */
function slicesOf(tables: BackupTables): Slice[] {
  const slices: Slice[] = []
  const push = <Row>(table: { bulkAdd(rows: Row[]): Promise<unknown> }, rows: Row[]) => {
    for (let start = 0; start < rows.length; start += SLICE) {
      const slice = rows.slice(start, start + SLICE)
      slices.push({ add: () => table.bulkAdd(slice), rows: slice.length })
    }
  }
  push(db.plans, tables.plans)
  push(db.nodes, tables.nodes)
  push(db.phraseCategories, tables.phraseCategories)
  push(db.phrases, tables.phrases)
  push(db.snapshots, tables.snapshots)
  push(db.settings, tables.settings)
  push(db.templates, tables.templates)
  return slices
}

/** Plans added; phrases and plans (the same as ones here) a merge left out. */
export interface RestoreResult {
  plans: number
  skippedPhrases: number
  skippedPlans: number
}

/** What a merge would add to the database as it is now (inside the restore transaction). */
async function planMerge(tables: BackupTables): Promise<MergeResult> {
  const nodeIds = new Set(await db.nodes.toCollection().primaryKeys())
  await db.snapshots.each((snapshot) => snapshot.nodes.forEach((node) => nodeIds.add(node.id)))
  // Only plans of a title the file has can be the same as one of its plans (isSamePlan).
  const titles = new Set(tables.plans.map((plan) => plan.title))
  const candidates = await db.plans.filter((plan) => titles.has(plan.title)).toArray()
  const plans = await Promise.all(
    candidates.map(async (plan) => ({
      plan,
      nodes: await db.nodes.where('planId').equals(plan.id).toArray(),
    })),
  )
  return mergeBackup(
    tables,
    {
      planIds: new Set(await db.plans.toCollection().primaryKeys()),
      nodeIds,
      snapshotIds: new Set(await db.snapshots.toCollection().primaryKeys()),
      phrases: await db.phrases.toArray(),
      phraseCategories: await db.phraseCategories.toArray(),
      settingKeys: new Set(await db.settings.toCollection().primaryKeys()),
      templates: (await db.templates.toArray()).map(({ id, updatedAt }) => ({ id, updatedAt })),
      plans,
    },
    newId,
  )
}

/**
 * Restore a checked backup in one transaction over every table: 替换 clears them all first
 * (the plans' documents too), 合并 adds the backup's rows under free ids, in slices that report progress. All
 * or nothing: a stop (RestoreStopped) or a failure aborts the transaction.
 */
export async function restoreBackup(
  tables: BackupTables,
  mode: RestoreMode,
  progress: RestoreProgress = {},
): Promise<RestoreResult> {
  // 替换 replaces every plan: documents open now would write the old content back.
  if (mode === 'replace') await closeAllPlanDocuments()
  const documents = db.table(DOC_UPDATES_TABLE)
  return db.transaction('rw', [...allTables(), documents], async () => {
    let add = tables
    let skippedPhrases = 0
    let skippedPlans = 0
    if (mode === 'replace') {
      for (const table of allTables()) await table.clear()
      await documents.clear()
    } else {
      const merged = await planMerge(tables)
      add = merged.add
      skippedPhrases = merged.skippedPhrases
      skippedPlans = merged.skippedPlans
    }
    // One flat loop in the transaction's own function: every await is a Dexie request's.
    const slices = slicesOf(add)
    const total = slices.reduce((sum, slice) => sum + slice.rows, 0)
    let done = 0
    for (const slice of slices) {
      if (progress.stopped?.()) throw new RestoreStopped()
      await slice.add()
      done += slice.rows
      progress.onProgress?.(done / total)
    }
    // The last word before the commit: a stop asked now still changes nothing.
    if (progress.stopped?.()) throw new RestoreStopped()
    return { plans: add.plans.length, skippedPhrases, skippedPlans }
  })
}
