import type { BackupSetting, BackupTables } from '../domain/backup/backupFile'
import { soundTables } from '../domain/backup/soundTables'
import type { Snapshot } from '../domain/history/types'
import type { OutlineNode, Plan, RichDoc } from '../domain/outline/types'
import type { Phrase, PhraseCategory } from '../domain/phrases/types'
import type { Template } from '../domain/templates/types'
import { db, withoutLifecycleEvents } from './db'
import { memoryDeletedKeys, memoryRow, memoryRows } from './memoryMirror'
import { rewriteOpenDocumentRows, unsavedDocumentTexts } from './planDocuments'

/** Text an open field holds and has not written yet (the live body editor, a title being typed). */
export type UnsavedText =
  | { planId: string; nodeId: string; body: RichDoc }
  | { planId: string; nodeId: string; title: string }
  | { planId: string; preamble: RichDoc }

/**
 * Every table as memory holds it (see memoryMirror), for 备份全部数据 when the database cannot
 * be read or written: the text of open fields over the rows,
 * made sound like any backup.
 */
export function memoryBackupTables(fields: readonly UnsavedText[]): BackupTables {
  // Open plans' documents hold every keystroke; their rows may not (writes refused).
  const unsaved = [...unsavedDocumentTexts(), ...fields]
  const plans = new Map(memoryRows<Plan>('plans').map((plan) => [plan.id, plan]))
  const nodes = new Map(memoryRows<OutlineNode>('nodes').map((node) => [node.id, node]))
  for (const text of unsaved) {
    if ('preamble' in text) {
      const plan = plans.get(text.planId)
      if (plan) plans.set(plan.id, { ...plan, preamble: text.preamble })
      continue
    }
    const node = nodes.get(text.nodeId)
    if (!node) continue
    nodes.set(
      node.id,
      'body' in text ? { ...node, body: text.body } : { ...node, title: text.title },
    )
  }
  return soundTables({
    plans: [...plans.values()],
    nodes: [...nodes.values()],
    phrases: memoryRows<Phrase>('phrases'),
    phraseCategories: memoryRows<PhraseCategory>('phraseCategories'),
    snapshots: memoryRows<Snapshot>('snapshots'),
    settings: memoryRows<BackupSetting>('settings'),
    templates: memoryRows<Template>('templates'),
  })
}

/**
 * Make the database anew from memory: delete it, open it empty, write everything back. After a
 * full disk the browser may carry on with a database whose files are damaged (a log record cut
 * short by the full disk): it reads fine until the browser restarts, then Chromium finds it
 * corrupt and deletes it — every plan gone. Fresh files written with room to spare are sound.
 * Memory must hold the whole database (memoryMirrorLoaded). Returns the number of plans.
 */
export function rebuildDatabase(fields: readonly UnsavedText[] = []): Promise<number> {
  const unsaved = [...unsavedDocumentTexts(), ...fields]
  return withoutLifecycleEvents(async () => {
    // Rows only another window wrote are not in this window's memory: read them first (if the
    // database can still be read) and write them back too.
    const others = await rowsNotInMemory().catch(() => new Map<string, object[]>())
    await db.delete({ disableAutoOpen: false })
    await db.open()
    const plans = await writeBackMemory(others, unsaved)
    // The rows of open plans, written again from their documents (which hold every keystroke).
    await rewriteOpenDocumentRows()
    return plans
  })
}

/** Rows the database holds and memory does not (another window's writes), table by table. */
function rowsNotInMemory(): Promise<Map<string, object[]>> {
  return db.transaction('r', db.tables, async () => {
    const out = new Map<string, object[]>()
    for (const table of db.tables) {
      const keyPath = table.schema.primKey.keyPath as string
      const rows = (await table.toArray()) as Record<string, unknown>[]
      const missing = rows.filter((row) => memoryRow(table.name, row[keyPath]) === undefined)
      if (missing.length) out.set(table.name, missing)
    }
    return out
  })
}

/**
 * 写回数据库: put everything memory holds back into the database (after the browser recreated
 * it empty, or once a full disk has room), in one transaction over every table: every row, and
 * the deletes storage refused. Nothing else is removed (another window may have written since).
 * Returns the number of plans.
 */
export function writeBackMemory(
  others = new Map<string, object[]>(),
  unsaved: readonly UnsavedText[] = [],
): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = [...(others.get(table.name) ?? []), ...memoryRows<object>(table.name)]
      if (rows.length) await table.bulkPut(rows)
      const deleted = memoryDeletedKeys(table.name)
      if (deleted.length) await table.bulkDelete(deleted as never[])
    }
    await writeUnsavedTexts(unsaved)
    return memoryRows<Plan>('plans').length
  })
}

/**
 * The text open fields hold and storage never took (a save stuck or refused while the disk was
 * full), written with the rest into the rows (the plans' documents hold it too, and the rows of
 * open plans are written again from them after). Without it, a view that remounts from the
 * rebuilt database would show the body as it was before the disk filled.
 */
async function writeUnsavedTexts(unsaved: readonly UnsavedText[]): Promise<void> {
  for (const text of unsaved) {
    if ('preamble' in text) {
      await db.plans.update(text.planId, { preamble: text.preamble })
    } else if ('title' in text) {
      await db.nodes.update(text.nodeId, { title: text.title })
    } else {
      // Into the item's row: the plan's document holds it too (the row is written from it).
      await db.nodes.update(text.nodeId, { body: text.body })
    }
  }
}
