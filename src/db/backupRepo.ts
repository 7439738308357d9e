import type { BackupTables } from '../domain/backup/backupFile'
import { mergeBackup, type MergeResult } from '../domain/backup/mergeBackup'
import { soundTables } from '../domain/backup/soundTables'
import { newId } from '../domain/newId'
import { db } from './db'
import { foldDrafts } from './planWriter'
import { closeAllPlanDocuments, flushOpenDocuments } from './planDocuments'
import { DOC_UPDATES_TABLE, settingKeys } from './schema'

/**
 * Every table, so a backup or a restore is one transaction over all the data. The plans'
 * documents (y-dexie's updates table) are not in the file: it holds the rows written from them,
 * and a restored plan's document is made from its rows when it is first opened.
 */
const allTables = () => [
  db.plans,
  db.nodes,
  db.drafts,
  db.phrases,
  db.phraseCategories,
  db.settings,
  db.snapshots,
  db.templates,
]

/**
 * All the data, for 备份全部数据, in one transaction: pending drafts are folded into their
 * nodes first (the newest text), and the backup time is recorded before the settings are read,
 * so the file carries it and a restore gives back exactly what was there. Leftovers and damaged
 * outlines are made sound in the file only (soundTables), so every backup can be restored.
 */
export async function readBackupTables(now = Date.now()): Promise<BackupTables> {
  // The rows of open plans hold every edit made so far.
  await flushOpenDocuments()
  return db.transaction('rw', allTables(), async () => {
    const drafts = await db.drafts.toArray()
    const plans = new Map((await db.plans.toArray()).map((plan) => [plan.id, plan]))
    for (const planId of new Set(drafts.map((draft) => draft.planId))) {
      // The writer refuses a plan in the trash: its drafts are only read into the file below.
      if (plans.has(planId) && !plans.get(planId)?.deletedAt) await foldDrafts(planId)
    }
    await db.settings.put({ key: settingKeys.lastBackupAt, value: now })
    const left = new Map((await db.drafts.toArray()).map((draft) => [draft.nodeId, draft.body]))
    const nodes = await db.nodes.toArray()
    return soundTables({
      plans: await db.plans.toArray(),
      nodes: left.size
        ? nodes.map((node) => (left.has(node.id) ? { ...node, body: left.get(node.id)! } : node))
        : nodes,
      phrases: await db.phrases.toArray(),
      phraseCategories: await db.phraseCategories.toArray(),
      snapshots: await db.snapshots.toArray(),
      settings: await db.settings.toArray(),
      templates: await db.templates.toArray(),
    })
  })
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
    candidates.map(async (plan) => {
      // As the user sees it: text still typed (a draft) counts as the item's body.
      const drafts = await db.drafts.where('planId').equals(plan.id).toArray()
      const typed = new Map(drafts.map((draft) => [draft.nodeId, draft.body]))
      const nodes = await db.nodes.where('planId').equals(plan.id).toArray()
      return {
        plan,
        nodes: nodes.map((node) =>
          typed.has(node.id) ? { ...node, body: typed.get(node.id)! } : node,
        ),
      }
    }),
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
 * (drafts too), 合并 adds the backup's rows under free ids, in slices that report progress. All
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
