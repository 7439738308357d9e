import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie'
import type { OutlineNode } from '../domain/outline/types'

/**
 * The node rows of the plans on screen, kept in memory. Read once per plan; after that every
 * write this window commits to `nodes` is applied to them as written (the few rows a move or an
 * edit puts), instead of a live query reading all of the plan's rows back after each commit (on
 * 10,000 rows ~300 ms of the main thread, and write transactions queued behind that read).
 *
 * Writes are seen by a DBCore middleware on the app's connection: every put, add and delete of a
 * node, applied when its transaction has committed (an aborted one changes nothing). What cannot
 * be applied row by row (a range delete, `clear()`) makes the plans read again. Writes in other
 * windows arrive as a message naming the plans they touched (BroadcastChannel): those plans are
 * read again.
 */

type Listener = () => void

type Op = { kind: 'put'; rows: OutlineNode[] } | { kind: 'delete'; ids: string[] } | { kind: 'all' }

interface Entry {
  planId: string
  rows: Map<string, OutlineNode> | null
  list: OutlineNode[] | undefined
  listeners: Set<Listener>
  /** Ops committed while a read is in flight: replayed over its result (they may postdate it). */
  pending: Op[] | null
  /** Read again when the current read ends (another window wrote meanwhile). */
  again: boolean
  /** Goes up with every change of `rows`. */
  version: number
  /** The version a change the screen draws at once made (showPlanNodesAhead, `atOnce`). */
  atOnceVersion: number
  dropTimer: ReturnType<typeof setTimeout> | undefined
  /** Told once the rows have been read (whenPlanNodesRead). */
  waiters: (() => void)[]
}

const entries = new Map<string, Entry>()
let readNodes: (planId: string) => Promise<OutlineNode[]> = () => Promise.resolve([])

const CHANNEL = 'plandraft-nodes'
const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null

if (channel)
  channel.onmessage = (event: MessageEvent<{ planIds: string[] | null }>) => {
    const { planIds } = event.data ?? {}
    for (const entry of entries.values())
      if (!planIds || planIds.includes(entry.planId)) reload(entry)
  }

function notify(entry: Entry): void {
  for (const listener of entry.listeners) listener()
}

function reload(entry: Entry): void {
  if (entry.pending) {
    entry.again = true
    return
  }
  entry.pending = []
  entry.again = false
  readNodes(entry.planId).then(
    (rows) => {
      if (entries.get(entry.planId) !== entry) {
        for (const waiter of entry.waiters.splice(0)) waiter()
        return
      }
      const ops = entry.pending ?? []
      entry.pending = null
      entry.rows = new Map(rows.map((row) => [row.id, row]))
      let refresh = false
      for (const op of ops) refresh = applyOp(entry, op) || refresh
      entry.list = undefined
      entry.version++
      if (entry.again || refresh) reload(entry)
      notify(entry)
      for (const waiter of entry.waiters.splice(0)) waiter()
    },
    () => {
      entry.pending = null
      for (const waiter of entry.waiters.splice(0)) waiter()
      if (entry.again) reload(entry)
    },
  )
}

/** Apply one committed op to an entry's rows; true when the rows must be read again. */
function applyOp(entry: Entry, op: Op): boolean {
  if (op.kind === 'all') return true
  const rows = entry.rows
  if (!rows) return false
  let changed = false
  let added = false
  if (op.kind === 'put') {
    for (const row of op.rows) {
      if (row.planId === entry.planId) {
        const old = rows.get(row.id)
        // Already shown as written (showPlanNodesAhead): the commit changes nothing on screen.
        if (old && sameRow(old, row)) continue
        if (!old) added = true
        rows.set(row.id, row)
        changed = true
      } else if (rows.delete(row.id)) changed = true
    }
  } else {
    for (const id of op.ids) if (rows.delete(id)) changed = true
  }
  if (added) {
    // The order a read gives (by id), which views built on the old live query saw.
    const sorted = [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    entry.rows = new Map(sorted.map((row) => [row.id, row]))
  }
  if (changed) {
    entry.list = undefined
    entry.version++
  }
  return false
}

/** The same values, key by key (a body compared by reference: a row written as shown keeps it). */
function sameRow(a: OutlineNode, b: OutlineNode): boolean {
  const keys = Object.keys(a) as (keyof OutlineNode)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => a[key] === b[key])
}

/**
 * Rows the plan's document has and its rows writer is writing now (db/documentRowsWriter.ts): shown
 * at once, not when their transaction commits, so a move is painted from the document while the
 * index is written. The commit applies the same values again (nothing changes then); a write that
 * fails reads the plan again (`dropPlanNodesAhead`), so the screen shows what is stored, as before.
 * `atOnce`: a change of the outline's structure this window made (a move, an item added or
 * deleted, their undo): the user waits for it, so the screen draws it at once, not at low
 * priority (planNodesDrawnAtOnce).
 */
export function showPlanNodesAhead(
  planId: string,
  puts: readonly OutlineNode[],
  deletes: readonly string[],
  atOnce = false,
): void {
  const entry = entries.get(planId)
  if (!entry) return
  const before = entry.version
  const ops: Op[] = [
    { kind: 'put', rows: puts.map((row) => ({ ...row })) },
    { kind: 'delete', ids: [...deletes] },
  ]
  for (const op of ops) {
    if (entry.pending) entry.pending.push(op)
    else applyOp(entry, op)
  }
  if (entry.version === before) return
  if (atOnce) entry.atOnceVersion = entry.version
  notify(entry)
}

/** Whether the plan's rows as they are now came from a change to draw at once (see above). */
export function planNodesDrawnAtOnce(planId: string): boolean {
  const entry = entries.get(planId)
  return entry !== undefined && entry.version === entry.atOnceVersion
}

/** The write shown ahead failed: the plan's rows are read again from the database. */
export function dropPlanNodesAhead(planId: string): void {
  const entry = entries.get(planId)
  if (entry) reload(entry)
}

/** Apply a committed transaction's node ops to every plan kept here; tell the other windows. */
function committed(ops: Op[]): void {
  const touched = new Set<string>()
  let all = false
  for (const op of ops) {
    if (op.kind === 'put') for (const row of op.rows) touched.add(row.planId)
    else all = true
  }
  for (const entry of entries.values()) {
    const before = entry.version
    let refresh = false
    for (const op of ops) {
      if (entry.pending) entry.pending.push(op)
      else refresh = applyOp(entry, op) || refresh
    }
    if (refresh) reload(entry)
    if (entry.version !== before) notify(entry)
  }
  channel?.postMessage({ planIds: all ? null : [...touched] })
}

function opOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Op {
  const failed = (index: number) => res.failures && index in res.failures
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values as OutlineNode[] | undefined
    // A put by change specs alone (no whole rows) cannot be applied here.
    if (!values) return { kind: 'all' }
    return { kind: 'put', rows: values.filter((_, index) => !failed(index)).map((v) => ({ ...v })) }
  }
  if (req.type === 'delete') return { kind: 'delete', ids: req.keys as string[] }
  return { kind: 'all' }
}

const opsOf = new WeakMap<object, Op[]>()

/** The middleware (registered on the app's connection in db.ts). */
export const planNodesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'planNodesCache',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        if (name !== 'nodes') return table
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req)
            const trans = req.trans as unknown as IDBTransaction
            let ops = opsOf.get(trans)
            if (!ops) {
              const list: Op[] = []
              opsOf.set(trans, list)
              ops = list
              trans.addEventListener('complete', () => committed(list))
            }
            ops.push(opOf(req, res))
            return res
          },
        }
      },
    }
  },
}

/** How the rows of a plan are read (db.ts passes its query; tests may pass another). */
export function setPlanNodesReader(reader: (planId: string) => Promise<OutlineNode[]>): void {
  readNodes = reader
}

function entryOf(planId: string): Entry {
  let entry = entries.get(planId)
  if (!entry) {
    entry = {
      planId,
      rows: null,
      list: undefined,
      listeners: new Set(),
      pending: null,
      again: false,
      dropTimer: undefined,
      version: 0,
      atOnceVersion: -1,
      waiters: [],
    }
    entries.set(planId, entry)
    reload(entry)
  }
  return entry
}

/** Listen to a plan's rows (reading them if nobody did); returns the unsubscribe. */
export function subscribePlanNodes(planId: string, listener: Listener): () => void {
  const entry = entryOf(planId)
  clearTimeout(entry.dropTimer)
  entry.listeners.add(listener)
  return () => {
    entry.listeners.delete(listener)
    if (entry.listeners.size > 0) return
    // Kept a little: a view re-mounting (or the next one on the same plan) needs no new read.
    entry.dropTimer = setTimeout(() => {
      if (entry.listeners.size === 0 && entries.get(planId) === entry) entries.delete(planId)
    }, 30_000)
  }
}

/** The plan's rows now (the same array until they change); `undefined` before the first read. */
export function planNodesNow(planId: string): OutlineNode[] | undefined {
  const entry = entries.get(planId)
  if (!entry?.rows) return undefined
  entry.list ??= [...entry.rows.values()]
  return entry.list
}

/**
 * Resolves once the plan's rows are read, when a screen shows them (true); at once when nobody
 * does (false). The plan screen paints its rows before the plan's document loads.
 */
export function whenPlanNodesRead(planId: string): Promise<boolean> {
  const entry = entries.get(planId)
  if (!entry) return Promise.resolve(false)
  if (entry.rows) return Promise.resolve(true)
  return new Promise((resolve) => entry.waiters.push(() => resolve(true)))
}
