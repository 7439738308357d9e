import { db, onDatabaseLifecycle } from './db'
import {
  loadMemoryMirror,
  memoryHoldsPlans,
  onDatabaseWrite,
  resetMemoryMirror,
  setConnectionLost,
  type DatabaseWriteEvent,
} from './memoryMirror'

export type DatabaseEvent =
  | DatabaseWriteEvent
  /** The browser closed the connection under the app (an I/O error, a full disk). */
  | { kind: 'closed' }
  /** Open again after a close; `recreated`: the browser made it anew, empty. */
  | { kind: 'reopened'; recreated: boolean }
  /** Opening failed (the disk is still full); tried again by itself. */
  | { kind: 'openFailed'; error: unknown }

/** How often a database closed under the app is opened again. */
const REOPEN_EVERY_MS = 2000

/**
 * Watch the database's health: writes that fail or stall (memoryMirror), a connection the
 * browser closes, a database recreated empty. A closed database is opened again every 2 s
 * (Dexie gives up after one failed open and refuses every later call).
 */
export function watchDatabase(listener: (event: DatabaseEvent) => void): void {
  onDatabaseWrite(listener)
  let timer: ReturnType<typeof setInterval> | undefined
  const tryOpen = () => {
    if (db.isOpen()) {
      clearInterval(timer)
      timer = undefined
      return
    }
    db.open().catch((error: unknown) => listener({ kind: 'openFailed', error }))
  }
  onDatabaseLifecycle({
    closed: () => {
      setConnectionLost(true)
      listener({ kind: 'closed' })
      timer ??= setInterval(tryOpen, REOPEN_EVERY_MS)
    },
    reopened: (created) => {
      setConnectionLost(false)
      clearInterval(timer)
      timer = undefined
      listener({ kind: 'reopened', recreated: created && memoryHoldsPlans() })
    },
  })
}

/** Read the whole database into memory (once, off the first paint's path). */
export function startMemoryMirror(): Promise<void> {
  return loadMemoryMirror(() =>
    db.transaction('r', db.tables, async () => {
      const out: Record<string, { key: unknown; row: Record<string, unknown> }[]> = {}
      for (const table of db.tables) {
        const [keys, rows] = [
          await table.toCollection().primaryKeys(),
          (await table.toArray()) as Record<string, unknown>[],
        ]
        out[table.name] = rows.map((row, index) => ({ key: keys[index], row }))
      }
      return out
    }),
  )
}

/**
 * Read the whole database into memory again: after a restore written by the backup worker, whose
 * commits this window's copy never saw.
 */
export function reloadMemoryMirror(): Promise<void> {
  resetMemoryMirror()
  return startMemoryMirror()
}

/** A settings key written and removed in one transaction by probeWrites (never left behind). */
const PROBE_KEY = 'storageProbe'

/**
 * Whether writes work again after a full disk: one row written and removed in one transaction,
 * so nothing stays. Its commit is heard like any other (onDatabaseWrite); it rejects while
 * storage still refuses.
 */
export function probeWrites(): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: PROBE_KEY, value: Date.now() })
    await db.settings.delete(PROBE_KEY)
  })
}
