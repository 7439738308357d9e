import * as Y from 'yjs'
import { bodyOfFragment } from '../domain/document/bodyFragment'
import {
  NODE_KEY,
  OPTIONAL_PLAN_FIELDS,
  nodesMap,
  preambleFragment,
  readAllRecords,
  readNodeRecord,
  readPlanFields,
  recordBody,
  type NodeRecord,
  type NodeRecordValues,
} from '../domain/document/planDocument'
import { moveInProjection } from '../domain/document/moveInProjection'
import { projectTree, type Projection } from '../domain/document/projectTree'
import type { PlanRowFields } from '../domain/outline/planChange'
import { nodeCharacters, planCharacters } from '../domain/outline/planFields'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'
import type { UnsavedText } from './memoryBackup'
import { documentSaveReporter } from './documentUpdates'
import { dropPlanNodesAhead, planNodesNow, showPlanNodesAhead } from './planNodesCache'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its change map with YEvent<any>
type AnyType = Y.AbstractType<Y.YEvent<any>>

const STRUCTURE_KEYS = new Set<string>([NODE_KEY.parentId, NODE_KEY.orderKey, NODE_KEY.deletedAt])

/** Rows follow the document at most this long after an edit (and at once on flush). */
const ROWS_DELAY = 300
/**
 * Typing in a body in this window (nothing else changed): its row is written when typing pauses
 * this long, and at most BODY_ROWS_MAX after the first key. Each write of rows re-derives the outline of every
 * screen that shows the plan (10,000 rows on XL): not on every third keystroke. The document
 * holds (and y-dexie stores) each key at once; only the index waits.
 */
const BODY_ROWS_DELAY = 1_000
const BODY_ROWS_MAX = 5_000

/** The state vector of a document as a string: stored on the plan row with the rows it wrote. */
export const vectorOf = (doc: Y.Doc): string =>
  btoa(String.fromCharCode(...Y.encodeStateVector(doc)))

/**
 * The plan's rows (`nodes` table) and the library row's copies of its fields, derived from its
 * document: the document is the one home of the content; the rows are an index every reader
 * reads (the outline, export, backup, find across plans…), written from the document and never
 * read back into it. After each transaction the records it touched are written, within 300 ms
 * (one Dexie transaction), and at once when a command or a page hide asks (`flush`).
 *
 * Every window with the plan open writes the rows for every change it sees (its own and other
 * windows'): the rows are a function of the document, so two windows write the same values.
 */
export class DocumentRowsWriter {
  /** The rows as stored (what this writer last wrote); null until first needed (`baseline`). */
  private rows: Map<string, OutlineNode> | null = null
  private projection: Projection | null = null
  /**
   * What made `projection` out of date: nothing, records moved (their ids: one is applied to
   * it, moveInProjection), or anything else (projected anew).
   */
  private stale: Set<string> | 'all' | null = null
  private records: Map<string, NodeRecordValues> | null = null
  /** Records added, removed or with a key of their own set since `records` was read. */
  private changedRecords = new Set<string>()
  private dirty = new Set<string>()
  private structure = false
  /** A structure change made in this window is waiting (drawn at once: showPlanNodesAhead). */
  private localStructure = false
  private planFields = false
  private timer: ReturnType<typeof setTimeout> | null = null
  /** When the first change the timer waits for was seen. */
  private firstPendingAt = 0
  /** A change other than typing in a body is waiting: written ROWS_DELAY after the first. */
  private urgent = false
  /** Items (and plan fields) whose rows a write in flight holds: unsaved until it commits. */
  private inFlight = new Set<string>()
  /** The next write puts every row (markAll). */
  private forceAll = false
  private planFieldsInFlight = false
  /** The save status has been told rows are waiting to be written. */
  private reported = false
  private writing: Promise<void> = Promise.resolve()
  /** Resolves when the rows of the latest write queued are on screen (true), or not shown (false). */
  private shown: Promise<boolean> = Promise.resolve(false)
  /** The write queued behind the one in flight, until it starts. */
  private queued: Promise<void> | null = null
  private readonly listener = (transaction: Y.Transaction) => this.observe(transaction)

  constructor(
    readonly planId: string,
    readonly doc: Y.Doc,
    stored: readonly OutlineNode[] | null,
  ) {
    if (stored) this.rows = new Map(stored.map((row) => [row.id, row]))
    doc.on('afterTransaction', this.listener)
  }

  /**
   * The rows as stored, read when first needed (a plan opened with a seeded document does not read
   * its 10,000 rows for the writer): the rows the plan screen already holds (planNodesCache),
   * else from the database.
   */
  private async baseline(): Promise<Map<string, OutlineNode>> {
    if (this.rows) return this.rows
    const rows =
      planNodesNow(this.planId) ?? (await db.nodes.where('planId').equals(this.planId).toArray())
    // A write meanwhile set them (a flush does not overlap another: kept as written).
    this.rows ??= new Map(rows.map((row) => [row.id, row]))
    return this.rows
  }

  dispose(): void {
    this.doc.off('afterTransaction', this.listener)
    if (this.timer) clearTimeout(this.timer)
    if (this.reported) documentSaveReporter().succeed()
    this.reported = false
  }

  /** The visible tree as the document has it now (cached until the structure changes). */
  projectionNow(): { projection: Projection; records: Map<string, NodeRecordValues> } {
    if (!this.records) {
      this.records = new Map(readAllRecords(this.doc).map((record) => [record.id, record]))
      this.changedRecords.clear()
      this.projection = null
    } else if (this.changedRecords.size > 0) {
      // Only the records a transaction named are read again (a move: one, not 10,000).
      const map = nodesMap(this.doc)
      for (const id of this.changedRecords) {
        const record = map.get(id)
        if (record) this.records.set(id, readNodeRecord(id, record))
        else this.records.delete(id)
      }
      this.changedRecords.clear()
    }
    if (this.projection && this.stale) {
      // One item moved (Alt+↑/↓, a drag, Tab): its block is moved, not 10,000 records projected.
      const [id, more] = this.stale === 'all' ? [] : [...this.stale]
      this.projection =
        id !== undefined && more === undefined
          ? moveInProjection(this.projection, this.records, id)
          : null
    }
    this.stale = null
    this.projection ??= projectTree([...this.records.values()])
    return { projection: this.projection, records: this.records }
  }

  /**
   * Every row is to be written again (opened with rows of an unknown age, or the database was
   * made anew): written whatever this writer last wrote.
   */
  markAll(): void {
    this.forceAll = true
    this.structure = true
    this.planFields = true
    for (const id of nodesMap(this.doc).keys()) this.dirty.add(id)
    for (const id of this.rows?.keys() ?? []) this.dirty.add(id)
    this.schedule(false)
  }

  private observe(transaction: Y.Transaction): void {
    const nodes = nodesMap(this.doc) as unknown as AnyType
    let any = false
    let bodyOnly = true
    for (const [type, keys] of transaction.changed) {
      // Walk up to the root type; `child` is the root's child that holds the change.
      let child: AnyType = type
      let root: AnyType = type
      while (root._item) {
        child = root
        root = root._item.parent as AnyType
      }
      any = true
      // A key of a record itself (a title replaced, a move), not text inside its body.
      if (root !== nodes || type === nodes || type === child) bodyOnly = false
      if (root !== nodes) {
        this.planFields = true
      } else if (type === nodes) {
        for (const id of keys)
          if (id !== null) {
            this.dirty.add(id)
            this.changedRecords.add(id)
          }
        this.structure = true
        this.localStructure ||= transaction.local
        this.stale = 'all'
      } else {
        const id = child._item?.parentSub
        if (!id) continue
        this.dirty.add(id)
        this.invalidateRecord(id)
        if (type !== child) continue
        this.changedRecords.add(id)
        if ([...keys].some((key) => key !== null && STRUCTURE_KEYS.has(key))) {
          this.structure = true
          this.localStructure ||= transaction.local
          if (this.stale === null) this.stale = new Set([id])
          else if (this.stale !== 'all') this.stale.add(id)
        }
      }
    }
    // Another window's or colleague's typing is shown here from the rows: not held back.
    if (any) this.schedule(bodyOnly && transaction.local)
  }

  private invalidateRecord(id: string): void {
    const record = nodesMap(this.doc).get(id)
    if (!this.records || !record) return
    const values = this.records.get(id)
    if (!values) return
    const title = record.get(NODE_KEY.title)
    values.title = title instanceof Y.Text ? title.toString() : ''
  }

  private schedule(bodyOnly: boolean): void {
    // 已保存 waits for the rows too: what every other reader reads must hold the text.
    if (!this.reported) {
      this.reported = true
      documentSaveReporter().begin()
    }
    const now = Date.now()
    if (!this.timer) {
      this.firstPendingAt = now
      this.urgent = false
    } else if (this.urgent) return
    this.urgent ||= !bodyOnly
    const due = this.urgent
      ? this.firstPendingAt + ROWS_DELAY
      : Math.min(now + BODY_ROWS_DELAY, this.firstPendingAt + BODY_ROWS_MAX)
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), Math.max(0, due - now))
  }

  /** Write the rows the document changed since the last write; resolves when stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    // A write queued and not started yet takes every change made until it starts.
    if (this.queued) return this.queued
    if (this.dirty.size === 0 && !this.structure && !this.planFields) return this.writing
    let markShown: (shown: boolean) => void = () => undefined
    this.shown = new Promise<boolean>((resolve) => (markShown = resolve))
    const start = () => {
      if (this.queued === next) this.queued = null
      return this.write(markShown)
    }
    const next: Promise<void> = this.writing.then(start, start)
    this.queued = next
    // Never left waiting: a write that ends (stored or failed) without showing rows says so.
    void next.then(
      () => markShown(false),
      () => markShown(false),
    )
    this.writing = next
    next.then(
      () => {
        if (this.writing !== next || !this.reported || this.pendingAny()) return
        this.reported = false
        documentSaveReporter().succeed()
      },
      (error: unknown) => {
        if (!this.reported) return
        this.reported = false
        documentSaveReporter().fail(error)
      },
    )
    return next
  }

  /**
   * Write now (as `flush`); resolves as soon as the rows are on screen (showPlanNodesAhead), true,
   * or when the write ended without showing any, false. The plan screen draws a move from there,
   * while the rows are stored (`flush` resolves when they are).
   */
  flushShown(): Promise<boolean> {
    void this.flush().catch(() => undefined)
    return this.shown
  }

  /**
   * The text the document holds and the rows do not (writes refused by a full disk, or not yet
   * made): for a backup from memory and the rebuild of the database.
   */
  unsavedTexts(): UnsavedText[] {
    // y-dexie destroys a document whose plan row vanished (the browser recreated the database):
    // its content is still there, but nothing observes it any more, so every item counts.
    const destroyed = this.doc.isDestroyed
    const waiting = new Set([...this.dirty, ...this.inFlight])
    if (destroyed) for (const id of nodesMap(this.doc).keys()) waiting.add(id)
    if (!destroyed && !this.pendingAny() && waiting.size === 0 && !this.planFieldsInFlight)
      return []
    const texts: UnsavedText[] = []
    const records = nodesMap(this.doc)
    for (const node of this.projectionNow().projection.nodes) {
      const record = records.get(node.id)
      if (!record) continue
      // Rows not read yet: every text counts as unsaved (a backup from memory keeps them all).
      const old = this.rows?.get(node.id)
      const title = record.get(NODE_KEY.title)
      const text = title instanceof Y.Text ? title.toString() : ''
      if (old?.title !== text) texts.push({ planId: this.planId, nodeId: node.id, title: text })
      if (!old || waiting.has(node.id)) {
        const body = bodyOfFragment(recordBody(record))
        if (body) texts.push({ planId: this.planId, nodeId: node.id, body })
      }
    }
    if (destroyed || this.planFields || this.planFieldsInFlight) {
      const preamble = bodyOfFragment(preambleFragment(this.doc))
      if (preamble) texts.push({ planId: this.planId, preamble })
    }
    return texts
  }

  private pendingAny(): boolean {
    return this.dirty.size > 0 || this.structure || this.planFields
  }

  private async write(markShown: (shown: boolean) => void = () => undefined): Promise<void> {
    const dirty = this.dirty
    const structure = this.structure
    const localStructure = this.localStructure
    const planFields = this.planFields
    const force = this.forceAll
    this.forceAll = false
    this.dirty = new Set()
    this.structure = false
    this.localStructure = false
    this.planFields = false
    this.inFlight = new Set(dirty)
    this.planFieldsInFlight = planFields
    if (this.doc.isDestroyed) {
      // Kept for the memory backup and the rebuild (unsavedTexts), which take it from there.
      for (const id of dirty) this.dirty.add(id)
      return
    }
    let stored: Map<string, OutlineNode>
    try {
      stored = await this.baseline()
    } catch (error) {
      for (const id of dirty) this.dirty.add(id)
      this.structure ||= structure
      this.localStructure ||= localStructure
      this.planFields ||= planFields
      this.inFlight = new Set()
      this.planFieldsInFlight = false
      this.forceAll ||= force
      throw error
    }
    const { puts, deletes, charDelta } = this.changedRows(stored, dirty, structure, force)
    const fields = planFields ? this.planRowFields() : null
    const vector = vectorOf(this.doc)
    const shownAhead = puts.length > 0 || deletes.length > 0
    try {
      await db.transaction('rw', db.plans, db.nodes, async () => {
        // What needs no read of the plan row (a move changes no character count) is asked with
        // the rows, all at once: one round trip, not three. A missing plan aborts them all.
        const stamp: Partial<Plan> & { rowsVector: string } = { rowsVector: vector }
        if (puts.length || deletes.length || fields) stamp.updatedAt = Date.now()
        const asked = Promise.all([
          db.plans.get(this.planId),
          puts.length ? db.nodes.bulkPut(puts) : undefined,
          deletes.length ? db.nodes.bulkDelete(deletes) : undefined,
          db.plans.update(this.planId, stamp),
        ])
        // The screen shows these rows now, from the document, not after the commit (a move is
        // painted while the index is written); a read of the rows from here on waits for this.
        if (shownAhead) showPlanNodesAhead(this.planId, puts, deletes, localStructure)
        markShown(shownAhead)
        const [plan] = await asked
        // Gone from storage (the browser recreated the database empty): not written, kept.
        if (!plan) throw new Error('计划不在本机数据库中')
        if (!fields && charDelta === 0) return
        const update: Partial<Plan> = {}
        let delta = charDelta
        if (fields) {
          delta += planCharacters(fields, []) - planCharacters(plan, [])
          Object.assign(update, fields)
          for (const key of OPTIONAL_PLAN_FIELDS)
            if (fields[key] === undefined) update[key] = undefined
        }
        update.charCount = Math.max(0, plan.charCount + delta)
        await db.plans.update(this.planId, update)
      })
    } catch (error) {
      // The screen goes back to the rows as stored (as if never shown ahead).
      if (shownAhead) dropPlanNodesAhead(this.planId)
      // Not written: the next write tries these again (the document still holds the text).
      for (const id of dirty) this.dirty.add(id)
      this.structure ||= structure
      this.localStructure ||= localStructure
      this.planFields ||= planFields
      for (const id of deletes) this.dirty.add(id)
      this.inFlight = new Set()
      this.planFieldsInFlight = false
      this.forceAll ||= force
      throw error
    }
    this.inFlight = new Set()
    this.planFieldsInFlight = false
    for (const row of puts) stored.set(row.id, row)
    for (const id of deletes) stored.delete(id)
  }

  private changedRows(
    stored: Map<string, OutlineNode>,
    dirty: ReadonlySet<string>,
    structure: boolean,
    force = false,
  ): { puts: OutlineNode[]; deletes: string[]; charDelta: number } {
    const puts: OutlineNode[] = []
    const deletes: string[] = []
    let charDelta = 0
    const records = nodesMap(this.doc)
    const rowOf = (id: string, parentId: string | null, orderKey: string): OutlineNode => {
      const record = records.get(id) as NodeRecord
      const old = stored.get(id)
      const title = record.get(NODE_KEY.title)
      const sourceNodeId = record.get(NODE_KEY.sourceNodeId)
      const row: OutlineNode = {
        id,
        planId: this.planId,
        parentId,
        orderKey,
        title: title instanceof Y.Text ? title.toString() : '',
        body: !old || dirty.has(id) ? bodyOfFragment(recordBody(record)) : old.body,
        rev: (old?.rev ?? 0) + 1,
        ...(typeof sourceNodeId === 'string' && { sourceNodeId }),
      }
      return row
    }
    const same = (a: OutlineNode, b: OutlineNode) =>
      a.parentId === b.parentId &&
      a.orderKey === b.orderKey &&
      a.title === b.title &&
      a.sourceNodeId === b.sourceNodeId &&
      (a.body === b.body || JSON.stringify(a.body) === JSON.stringify(b.body))
    const consider = (row: OutlineNode) => {
      const old = stored.get(row.id)
      if (old && !force && same(old, row)) return
      charDelta += nodeCharacters(row) - (old ? nodeCharacters(old) : 0)
      puts.push(row)
    }
    if (structure) {
      const { projection } = this.projectionNow()
      const visible = new Set<string>()
      for (const node of projection.nodes) {
        visible.add(node.id)
        const old = stored.get(node.id)
        if (
          !old ||
          dirty.has(node.id) ||
          old.parentId !== node.parentId ||
          old.orderKey !== node.orderKey
        )
          consider(rowOf(node.id, node.parentId, node.orderKey))
      }
      for (const [id, old] of stored)
        if (!visible.has(id)) {
          deletes.push(id)
          charDelta -= nodeCharacters(old)
        }
    } else {
      for (const id of dirty) {
        const old = stored.get(id)
        // Not shown (deleted, or under a deleted item): its text waits in the document.
        if (!old || !records.get(id)) continue
        consider(rowOf(id, old.parentId, old.orderKey))
      }
    }
    return { puts, deletes, charDelta }
  }

  private planRowFields(): PlanRowFields {
    const fields = readPlanFields(this.doc)
    return {
      title: fields.title,
      unit: fields.unit,
      year: fields.year,
      numbering: fields.numbering,
      preamble: bodyOfFragment(preambleFragment(this.doc)),
      keptYears: fields.keptYears,
      comparisonYears: fields.comparisonYears,
      recipient: fields.recipient,
      attachments: fields.attachments,
      signature: fields.signature,
      issuedOn: fields.issuedOn,
    }
  }
}
