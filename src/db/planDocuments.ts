import { DexieYProvider } from 'y-dexie'
import * as Y from 'yjs'
import { applyChangeToDocument } from '../domain/document/applyChangeToDocument'
import {
  DOCUMENT_FORMAT,
  PLAN_KEY,
  nodesMap,
  planMap,
  preambleFragment,
} from '../domain/document/planDocument'
import { PlanUndo } from '../domain/document/planUndo'
import { purgeTombstones } from '../domain/document/purgeTombstones'
import { trashCutoff } from '../domain/trash/trashPolicy'
import type { PlanChange } from '../domain/outline/planChange'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'
import { DocumentRowsWriter, vectorOf } from './documentRowsWriter'
import { DocumentRelay } from './documentRelay'
import { DocumentUpdates } from './documentUpdates'
import type { UnsavedText } from './memoryBackup'
import { applyRescuedEdits, readPlanRowsForSeed, takeRescuedEdits } from './legacyPlanText'
import { onReplaceAnnounced } from './replaceChannel'
import { planNodesNow, whenPlanNodesRead } from './planNodesCache'
import { SEED_IN_WORKER_FROM, seedInWorker } from './seedInWorker'
import { loadPlan } from './planRepo'

import { SEED_ORIGIN, seedDocument } from '../domain/document/seedDocument'
export { SEED_ORIGIN, seedDocument }
/** Writes that are not a user's undoable step (a rescued title, a slot filled by the app…). */
export const UNTRACKED_ORIGIN = 'plandraft-untracked'

/** A plan's document as this window has it open. */
export interface OpenedPlan {
  planId: string
  doc: Y.Doc
  /** This window's undo history of the plan (only its own steps). */
  undo: PlanUndo
  /** The plan's rows, written from the document. */
  rows: DocumentRowsWriter
  /** The document's updates, and whether IndexedDB holds them all. */
  updates: DocumentUpdates
  /** This window's updates, sent at once to the other windows with the plan open. */
  relay: DocumentRelay
}

interface Entry {
  refs: number
  ready: Promise<OpenedPlan>
  opened?: OpenedPlan
  releaseTimer?: ReturnType<typeof setTimeout>
}

const entries = new Map<string, Entry>()
/** An unused document stays open a little: the next screen on the same plan needs no load. */
const RELEASE_DELAY = 30_000

export const isSeeded = (doc: Y.Doc) => planMap(doc).get(PLAN_KEY.format) === DOCUMENT_FORMAT

/**
 * The plan screen paints the outline and the document from the rows first: a document of 10,000
 * items takes the page ~0.7 s to load (one `Y.applyUpdate`), which must not hold that paint. When
 * a screen is reading the plan's rows, the load waits for them, two frames and the page's next
 * idle period (at most 1 s); otherwise (a command from the library, a test) it starts at once.
 */
async function afterRowsShown(planId: string): Promise<void> {
  if (!(await whenPlanNodesRead(planId))) return
  if (typeof requestIdleCallback !== 'function' || typeof requestAnimationFrame !== 'function')
    return
  // Two frames: the rows painted, and the virtualised lists settled on their measured heights.
  for (let frame = 0; frame < 2; frame++)
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
  await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 }))
}

async function load(planId: string): Promise<OpenedPlan> {
  await afterRowsShown(planId)
  if (!(await db.plans.get(planId))) throw new Error('计划不存在或已被删除')
  const doc = DexieYProvider.getOrCreateDocument(db, 'plans', 'doc', planId)
  const provider = DexieYProvider.load(doc)
  try {
    await provider.whenLoaded
  } catch (error) {
    DexieYProvider.release(doc)
    throw error
  }
  const updates = new DocumentUpdates(planId, doc, provider)
  // y-dexie reports an update it could not store (the database closed under it).
  provider.on('error', (error: unknown) => updates.refuseHeld(error))
  updates.applyRescued()
  // The rows are read only to seed a document that has no content yet (a plan of an earlier
  // version, or new from an import; old drafts were folded by the version-7 upgrade). A seeded
  // document's writer reads them when it first writes (db/documentRowsWriter.ts), not at open.
  const seed = isSeeded(doc) ? null : await seedFromRows(planId, doc)
  const rows = new DocumentRowsWriter(planId, doc, seed?.nodes ?? null)
  const relay = new DocumentRelay(planId, doc, provider)
  const opened: OpenedPlan = { planId, doc, undo: new PlanUndo(doc), rows, updates, relay }
  if (seed?.exact) {
    // The rows are the seed's source: nothing to write but the vector they now stand for.
    await db.plans.update(planId, { rowsVector: vectorOf(doc) } as Partial<Plan>)
  } else {
    // Rows written by another window, or before a crash, may be older than the document.
    const stored = (await db.plans.get(planId)) as (Plan & { rowsVector?: string }) | undefined
    if (stored?.rowsVector !== vectorOf(doc)) rows.markAll()
  }
  // Text a closed page left in localStorage (titles being typed) goes into the document.
  applyRescuedEdits(doc, takeRescuedEdits(planId), UNTRACKED_ORIGIN)
  // Items deleted longer ago than the trash keeps plans go for good (recent ones stay for undo).
  purgeTombstones(doc, trashCutoff(Date.now()), UNTRACKED_ORIGIN)
  return opened
}

/**
 * Seed an unseeded document from the plan's rows. `exact`: the document held nothing before, so
 * the rows are exactly what it was made from (the writer need not write them back).
 */
async function seedFromRows(
  planId: string,
  doc: Y.Doc,
): Promise<{ nodes: OutlineNode[]; exact: boolean }> {
  // A large plan the screen has read: its seed made in a worker, from the same rows (checked by
  // their count; a worker that fails or read otherwise leaves it to the page, below).
  const shown = planNodesNow(planId)
  if (shown && shown.length >= SEED_IN_WORKER_FROM) {
    const made = await seedInWorker(planId)
    if (made?.nodeCount === shown.length) {
      if (isSeeded(doc)) return { nodes: [...shown], exact: false }
      const exact = nodesMap(doc).size === 0 && preambleFragment(doc).length === 0
      Y.applyUpdate(doc, made.update, SEED_ORIGIN)
      return { nodes: [...shown], exact }
    }
  }
  const stored = await readPlanRowsForSeed(planId)
  // Another window's seed may have arrived meanwhile (the same bytes: applying it again is a no-op).
  if (isSeeded(doc)) return { nodes: stored.nodes, exact: false }
  const exact = nodesMap(doc).size === 0 && preambleFragment(doc).length === 0
  seedDocument(doc, stored.plan, stored.nodes)
  return { nodes: stored.nodes, exact }
}

/** Open a plan's document (loading it once for every user); pair with `releasePlanDocument`. */
export function acquirePlanDocument(planId: string): Promise<OpenedPlan> {
  let entry = entries.get(planId)
  if (entry) {
    clearTimeout(entry.releaseTimer)
    entry.releaseTimer = undefined
    entry.refs++
    return entry.ready
  }
  const created: Entry = { refs: 1, ready: load(planId) }
  entry = created
  entries.set(planId, created)
  created.ready.then(
    (opened) => {
      created.opened = opened
    },
    () => {
      if (entries.get(planId) === created) entries.delete(planId)
    },
  )
  return created.ready
}

export function releasePlanDocument(planId: string): void {
  const entry = entries.get(planId)
  if (!entry) {
    // Let go of for a 替换 restore: the screen's hold is not carried to the reloaded one.
    const held = dropped.get(planId)
    if (held) dropped.set(planId, held - 1)
    return
  }
  entry.refs = Math.max(0, entry.refs - 1)
  if (entry.refs > 0) return
  entry.releaseTimer = setTimeout(() => void close(planId, entry), RELEASE_DELAY)
}

async function close(planId: string, entry: Entry): Promise<void> {
  if (entries.get(planId) !== entry || entry.refs > 0) return
  entries.delete(planId)
  const opened = await entry.ready.catch(() => null)
  if (!opened) return
  await opened.rows.flush().catch(() => undefined)
  stopFollowing(opened)
  DexieYProvider.release(opened.doc)
}

/** Everything that follows an open document lets go of it (listeners, channel, undo). */
function stopFollowing(opened: OpenedPlan): void {
  opened.rows.dispose()
  opened.undo.manager.destroy()
  opened.updates.dispose()
  opened.relay.dispose()
}

/** The plan's document if this window has it open and loaded. */
export function openedPlanDocument(planId: string): OpenedPlan | undefined {
  return entries.get(planId)?.opened
}

/** Run `work` on the plan's document (opened for it if need be), then write its rows. */
export async function withPlanDocument<T>(
  planId: string,
  work: (opened: OpenedPlan) => T | Promise<T>,
): Promise<T> {
  const opened = await acquirePlanDocument(planId)
  try {
    const result = await work(opened)
    await opened.rows.flush()
    return result
  } finally {
    releasePlanDocument(planId)
  }
}

/**
 * Apply a change to the plan's document as one transaction: an undo step of this window when
 * `label` is given, else untracked. Returns when the rows are written.
 */
export async function writeDocumentChange(
  planId: string,
  change: PlanChange,
  step?: { label: string; mergeKey?: string },
): Promise<void> {
  await withPlanDocument(planId, ({ doc, undo }) => {
    if (step)
      undo.run(step.label, (origin) => applyChangeToDocument(doc, change, origin), step.mergeKey)
    else applyChangeToDocument(doc, change, UNTRACKED_ORIGIN)
  })
}

/**
 * The plan's rows as its open document holds them now: typing is written to the rows only at a
 * pause, so a reader that must see every character (export, template, snapshot) writes first.
 */
export async function loadPlanAsTyped(
  planId: string,
): Promise<{ plan: Plan; nodes: OutlineNode[] } | undefined> {
  await entries
    .get(planId)
    ?.opened?.rows.flush()
    .catch(() => undefined)
  return loadPlan(planId)
}

/** Everything open writes what it holds (the page is going away, a backup is made). */
export async function flushOpenDocuments(): Promise<void> {
  await Promise.all(
    [...entries.values()].map((entry) =>
      entry.opened ? entry.opened.rows.flush().catch(() => undefined) : undefined,
    ),
  )
}

/**
 * Every open plan's rows written now, or an error a caller can act on: a backup read from the
 * database must not miss text only the documents hold. A write that fails, or does not finish
 * within `timeout` ms (a full disk can hold writes), is a storage error (`UnknownError`), so the
 * backup is made from memory instead.
 */
export async function writeOpenDocumentRows(timeout = 5_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(storageError('本机数据库没有及时完成写入')), timeout)
  })
  try {
    await Promise.race([
      Promise.all(
        [...entries.values()].map((entry) =>
          entry.opened?.rows.flush().catch((error: unknown) => {
            throw storageError(error instanceof Error ? error.message : String(error))
          }),
        ),
      ),
      stuck,
    ])
  } finally {
    clearTimeout(timer)
  }
  if (unsavedDocumentTexts().length > 0) throw storageError('有内容尚未写入本机数据库')
}

function storageError(message: string): Error {
  const error = new Error(message)
  error.name = 'UnknownError'
  return error
}

/** The page is going away: what IndexedDB has not taken yet is kept synchronously. */
export function rescueOpenDocuments(): void {
  for (const entry of entries.values()) entry.opened?.updates.rescue()
}

if (typeof window !== 'undefined')
  window.addEventListener('pagehide', () => {
    rescueOpenDocuments()
    void flushOpenDocuments()
  })

/**
 * Close every open document at once, its rows written first (the database is about to be
 * replaced: a restore, or a test starting afresh).
 */
export async function closeAllPlanDocuments(): Promise<void> {
  const open = [...entries.entries()]
  entries.clear()
  for (const [, entry] of open) {
    clearTimeout(entry.releaseTimer)
    const opened = await entry.ready.catch(() => null)
    if (!opened) continue
    await opened.rows.flush().catch(() => undefined)
    stopFollowing(opened)
    opened.doc.destroy()
  }
}

// Tests start each case on a fresh database: the setup file closes what the last case opened.
;(globalThis as { __closePlanDocuments?: () => Promise<void> }).__closePlanDocuments =
  closeAllPlanDocuments

/** Plans whose documents were let go for a 替换 restore, with how many screens held each. */
const dropped = new Map<string, number>()
/** Drops and reloads run one after another, in the order they were asked. */
let replaceWork: Promise<void> = Promise.resolve()

/** Queue a step of a drop or reload; one that fails does not stop the ones after it. */
function afterReplaceWork(step: () => Promise<void>): Promise<void> {
  replaceWork = replaceWork.then(step).catch(() => undefined)
  return replaceWork
}

/**
 * Every open document let go of at once, unwritten: another window is about to replace every
 * plan (替换), and what this window holds is the old content. Nothing of it is written again:
 * its rows, its relay and its updates stop here.
 */
export function dropOpenDocuments(): Promise<void> {
  return afterReplaceWork(async () => {
    const open = [...entries.entries()]
    for (const [planId] of open) entries.delete(planId)
    for (const [planId, entry] of open) {
      clearTimeout(entry.releaseTimer)
      dropped.set(planId, (dropped.get(planId) ?? 0) + entry.refs)
      const opened = await entry.ready.catch(() => null)
      if (!opened) continue
      stopFollowing(opened)
      opened.doc.destroy()
    }
  })
}

/**
 * After a 替换 restore (done or stopped): every document let go of, and any opened since, is
 * loaded anew from the database, and the screens holding it rebind to the new one (the live
 * editor through documentGenerationStore). A plan the restore did not bring back stays closed.
 */
export function reloadDroppedDocuments(): Promise<void> {
  void dropOpenDocuments()
  return afterReplaceWork(async () => {
    const reload = [...dropped.entries()]
    dropped.clear()
    for (const [planId, refs] of reload) {
      if (refs === 0) continue
      const fresh = await acquirePlanDocument(planId).catch(() => null)
      if (!fresh) continue
      const entry = entries.get(planId)
      if (entry) entry.refs += refs - 1
      documentReplaced(planId)
    }
  })
}

onReplaceAnnounced(
  (message) => void (message === 'replacing' ? dropOpenDocuments() : reloadDroppedDocuments()),
)

let documentReplaced: (planId: string) => void = () => undefined

/** Who is told when an open plan's document was replaced (its live editor must close). */
export function onDocumentReplaced(listener: (planId: string) => void): void {
  documentReplaced = listener
}

/** What open documents hold that their rows do not (see DocumentRowsWriter.unsavedTexts). */
export function unsavedDocumentTexts(): UnsavedText[] {
  return [...entries.values()].flatMap((entry) => entry.opened?.rows.unsavedTexts() ?? [])
}

/**
 * The old document's whole state goes into its replacement, taken now (a live editor still bound
 * to the old one may have typed while the new one loaded), and everything typed into the old one
 * later follows at once, until the editor has bound itself to the new one. So the new one holds
 * all the text before anything can be typed into it: what is typed there comes after that text,
 * never concurrent with it (which could put it before).
 */
export function carryDocument(old: Y.Doc, fresh: Y.Doc): void {
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(old), UNTRACKED_ORIGIN)
  old.on('updateV2', (update: Uint8Array) => Y.applyUpdateV2(fresh, update, UNTRACKED_ORIGIN))
}

/**
 * The database was made anew: every open plan's rows are written again from its document. A
 * document y-dexie destroyed meanwhile (its plan row had vanished) is opened anew with the old
 * one's whole state applied, so the rebuilt database stores everything typed.
 */
export async function rewriteOpenDocumentRows(): Promise<void> {
  for (const [planId, entry] of [...entries.entries()]) {
    if (entry.opened?.doc.isDestroyed) {
      const old = entry.opened.doc
      entries.delete(planId)
      clearTimeout(entry.releaseTimer)
      stopFollowing(entry.opened)
      const fresh = await acquirePlanDocument(planId).catch(() => null)
      if (!fresh) continue
      // The screens holding the old one keep their count on the new one.
      const next = entries.get(planId)
      if (next) next.refs += Math.max(0, entry.refs - 1)
      carryDocument(old, fresh.doc)
      fresh.rows.markAll()
      await fresh.rows.flush().catch(() => undefined)
      documentReplaced(planId)
      continue
    }
    if (!entry.opened) continue
    entry.opened.updates.retryRefused()
    entry.opened.rows.markAll()
    await entry.opened.rows.flush().catch(() => undefined)
  }
}
