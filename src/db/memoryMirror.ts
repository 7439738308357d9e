import {
  cmp,
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type Middleware,
} from 'dexie'

/**
 * Every row of the database, kept in memory too, so a full disk never costs data: when writes
 * fail, or the browser closes the database and recreates it empty (what Chromium does when its
 * LevelDB log cannot be written), everything is still here — for 备份全部数据 to a file and for
 * writing it back once there is room.
 *
 * Read once (`loadMemoryMirror`), then kept by a DBCore middleware on the app's connection: every
 * put, add and delete is applied when its transaction commits, never re-read (a read of a
 * recreated, empty database must not empty the copy). A write that did not commit because
 * storage failed is kept apart (`unsaved`) and counts as the newest text.
 */

type Row = Record<string, unknown>
type Key = unknown

type Op =
  | { kind: 'put'; table: string; keys: Key[]; rows: Row[] }
  | { kind: 'update'; table: string; keys: Key[]; changes: Record<string, unknown>[] }
  | { kind: 'delete'; table: string; keys: Key[] }
  | { kind: 'range'; table: string; range: DBCoreKeyRange }

/** Table name → primary key (as a string) → row. */
const committedRows = new Map<string, Map<string, { key: Key; row: Row }>>()
/** Writes storage refused: table → key → the row (null: a delete). */
const unsavedRows = new Map<string, Map<string, { key: Key; row: Row | null }>>()
let loaded = false
/** Ops committed while the first read is in flight, replayed over its result. */
let pendingOps: Op[] | null = null

const keyString = (key: Key): string => JSON.stringify(key)

function tableOf<V>(map: Map<string, Map<string, V>>, name: string): Map<string, V> {
  let table = map.get(name)
  if (!table) {
    table = new Map()
    map.set(name, table)
  }
  return table
}

function inRange(key: Key, range: DBCoreKeyRange): boolean {
  // DBCoreRangeType: 1 equal, 2 range, 3 any.
  if (range.type === 3) return true
  if (range.type === 1) return cmp(key, range.lower) === 0
  if (range.lower !== undefined) {
    const low = cmp(key, range.lower)
    if (low < 0 || (low === 0 && range.lowerOpen)) return false
  }
  if (range.upper !== undefined) {
    const high = cmp(key, range.upper)
    if (high > 0 || (high === 0 && range.upperOpen)) return false
  }
  return true
}

function setPath(row: Row, path: string, value: unknown): Row {
  const [head, ...rest] = path.split('.')
  if (rest.length === 0) {
    const next = { ...row }
    if (value === undefined) delete next[head]
    else next[head] = value
    return next
  }
  const inner = (row[head] ?? {}) as Row
  return { ...row, [head]: setPath(inner, rest.join('.'), value) }
}

function applyOp(op: Op): void {
  const table = tableOf(committedRows, op.table)
  const unsaved = unsavedRows.get(op.table)
  const settle = (key: Key) => unsaved?.delete(keyString(key))
  if (op.kind === 'put') {
    op.rows.forEach((row, index) => {
      table.set(keyString(op.keys[index]), { key: op.keys[index], row })
      settle(op.keys[index])
    })
  } else if (op.kind === 'update') {
    op.keys.forEach((key, index) => {
      const entry = table.get(keyString(key))
      if (!entry) return
      let row = entry.row
      for (const [path, value] of Object.entries(op.changes[index] ?? {}))
        row = setPath(row, path, value)
      table.set(keyString(key), { key, row })
    })
  } else if (op.kind === 'delete') {
    for (const key of op.keys) {
      table.delete(keyString(key))
      settle(key)
    }
  } else {
    for (const [id, entry] of table) if (inRange(entry.key, op.range)) table.delete(id)
  }
}

function keepUnsaved(op: Op): void {
  if (op.kind === 'put') {
    const table = tableOf(unsavedRows, op.table)
    op.rows.forEach((row, index) =>
      table.set(keyString(op.keys[index]), { key: op.keys[index], row }),
    )
  } else if (op.kind === 'delete') {
    const table = tableOf(unsavedRows, op.table)
    for (const key of op.keys) table.set(keyString(key), { key, row: null })
  }
}

export type DatabaseWriteEvent =
  | { kind: 'committed' }
  | { kind: 'failed'; error: DOMException | null }
  /** A write has waited this long without committing (a disk that blocks rather than fails). */
  | { kind: 'stalled' }

let writeListener: (event: DatabaseWriteEvent) => void = () => undefined

/** Who hears how writes end (the storage health store). */
export function onDatabaseWrite(listener: (event: DatabaseWriteEvent) => void): void {
  writeListener = listener
}

/** A write not committed after this long is reported as stalled. */
const STALL_MS = 4000

/** Errors of the storage itself, as opposed to a write the app refused (a conflict, a duplicate). */
export function isStorageError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { name, inner } = error as { name?: string; inner?: unknown }
  if (
    ['QuotaExceededError', 'UnknownError', 'DatabaseClosedError', 'InvalidStateError'].includes(
      name ?? '',
    )
  )
    return true
  // Dexie wraps the browser's error (an AbortError around a QuotaExceededError).
  return inner !== undefined && inner !== error && isStorageError(inner)
}

function opOf(table: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse): Op {
  const failed = (index: number) => !!res.failures && index in res.failures
  const name = table.name
  if (req.type === 'add' || req.type === 'put') {
    const extract = table.schema.primaryKey.extractKey
    const keys = (req.keys ?? res.results ?? []) as Key[]
    const keyAt = (value: Row, index: number): Key =>
      extract ? extract(value) : (keys[index] ?? res.results?.[index])
    if (req.type === 'put' && req.values.length === 0 && req.updates)
      return {
        kind: 'update',
        table: name,
        keys: req.updates.keys,
        changes: req.updates.changeSpecs,
      }
    const rows: Row[] = []
    const rowKeys: Key[] = []
    ;(req.values as Row[]).forEach((value, index) => {
      if (failed(index)) return
      rows.push(structuredClone(value))
      rowKeys.push(keyAt(value, index))
    })
    return { kind: 'put', table: name, keys: rowKeys, rows }
  }
  if (req.type === 'delete') return { kind: 'delete', table: name, keys: [...req.keys] }
  return { kind: 'range', table: name, range: req.range }
}

const opsOf = new WeakMap<object, Op[]>()

/** The middleware (registered on the app's connection in db.ts). */
export const memoryMirrorMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'memoryMirror',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        return {
          ...table,
          async mutate(req) {
            const trans = req.trans as unknown as IDBTransaction
            let ops = opsOf.get(trans)
            if (!ops) {
              const list: Op[] = []
              opsOf.set(trans, list)
              ops = list
              const stall = setTimeout(() => writeListener({ kind: 'stalled' }), STALL_MS)
              trans.addEventListener('complete', () => {
                clearTimeout(stall)
                if (pendingOps) pendingOps.push(...list)
                else list.forEach(applyOp)
                writeListener({ kind: 'committed' })
              })
              trans.addEventListener('abort', () => {
                clearTimeout(stall)
                if (!isStorageError(trans.error) && trans.error !== null) return
                // Aborted with no error of its own: the connection closed under it (a full
                // disk), or the app threw — kept only if storage is the reason (said below).
                if (trans.error === null && !connectionLost) return
                list.forEach(keepUnsaved)
                writeListener({ kind: 'failed', error: trans.error })
              })
            }
            // What is asked is kept even when the request itself fails on a full disk.
            const list = ops
            try {
              const res = await table.mutate(req)
              list.push(opOf(table, req, res))
              return res
            } catch (error) {
              if (isStorageError(error))
                keepUnsaved(
                  opOf(table, req, { numFailures: 0, failures: {}, lastResult: undefined }),
                )
              throw error
            }
          },
        }
      },
    }
  },
}

let connectionLost = false

/** The connection closed under the app (db.ts): aborts without an error are storage failures. */
export function setConnectionLost(lost: boolean): void {
  connectionLost = lost
}

/** Read every table once; from then on the copy follows this window's commits. */
export async function loadMemoryMirror(
  readAll: () => Promise<Record<string, { key: Key; row: Row }[]>>,
): Promise<void> {
  if (loaded || pendingOps) return
  pendingOps = []
  try {
    const tables = await readAll()
    for (const [name, rows] of Object.entries(tables)) {
      const table = tableOf(committedRows, name)
      for (const { key, row } of rows)
        if (!table.has(keyString(key))) table.set(keyString(key), { key, row })
    }
    const ops = pendingOps
    pendingOps = null
    ops.forEach(applyOp)
    loaded = true
  } catch (error) {
    pendingOps = null
    throw error
  }
}

/** Whether the whole database has been read into memory. */
export const memoryMirrorLoaded = (): boolean => loaded

/** Every row of a table in memory: committed ones with the unsaved writes over them. */
export function memoryRows<T>(table: string): T[] {
  const rows = new Map(
    [...(committedRows.get(table) ?? new Map<string, { row: Row }>())].map(([id, e]) => [
      id,
      e.row as Row | null,
    ]),
  )
  for (const [id, entry] of unsavedRows.get(table) ?? []) rows.set(id, entry.row)
  return [...rows.values()].filter((row): row is Row => row !== null) as T[]
}

/** One row in memory by primary key (unsaved first), or undefined. */
export function memoryRow<T>(table: string, key: Key): T | undefined {
  const id = keyString(key)
  const unsaved = unsavedRows.get(table)?.get(id)
  if (unsaved) return (unsaved.row ?? undefined) as T | undefined
  return committedRows.get(table)?.get(id)?.row as T | undefined
}

/** Keys of a table whose delete storage refused (memory no longer holds them). */
export function memoryDeletedKeys(table: string): unknown[] {
  return [...(unsavedRows.get(table)?.values() ?? [])]
    .filter((entry) => entry.row === null)
    .map((entry) => entry.key)
}

/** Whether memory holds any of the user's plans (a recreated empty database lost something). */
export const memoryHoldsPlans = (): boolean => memoryRows('plans').length > 0

/** Writes that storage refused and memory still holds. */
export const unsavedCount = (): number =>
  [...unsavedRows.values()].reduce((sum, table) => sum + table.size, 0)

/** Forget everything (tests). */
export function resetMemoryMirror(): void {
  committedRows.clear()
  unsavedRows.clear()
  loaded = false
  pendingOps = null
  connectionLost = false
}

/**
 * Rows another connection committed (the import worker's plans): kept in memory as if this
 * window had written them, so a full disk later keeps them too.
 */
export function mirrorCommittedRows(table: string, keys: Key[], rows: Row[]): void {
  const op: Op = { kind: 'put', table, keys, rows }
  if (pendingOps) pendingOps.push(op)
  else applyOp(op)
}
