import { documentStorageMiddleware } from './documentStorage'
import { memoryMirrorMiddleware } from './memoryMirror'
import { planNodesMiddleware, setPlanNodesReader } from './planNodesCache'
import { openDb } from './schema'

/** The app's one database connection. Tests open their own with `openDb(name)`. */
export const db = openDb()

// The node rows of open plans are kept in memory and follow this connection's writes.
db.use(planNodesMiddleware)
// And every row of every table, so a full disk or a recreated database loses nothing.
db.use(memoryMirrorMiddleware)
// When the updates of each plan's document are stored (the save status, the rescue copy).
db.use(documentStorageMiddleware)
setPlanNodesReader((planId) => db.nodes.where('planId').equals(planId).toArray())

let beforeReplaced: () => Promise<void> = () => Promise.resolve()

/**
 * What to do when another tab opens a newer version of the database (an app update): this tab
 * writes what it holds, then lets go of the database so the other can upgrade, and says so.
 */
export function onDatabaseReplaced(handler: () => Promise<void>): void {
  beforeReplaced = handler
}

let replacing = false

db.on('versionchange', () => {
  replacing = true
  void beforeReplaced()
    .catch(() => undefined)
    .finally(() => db.close())
  // Not Dexie's default (close at once): the edits being typed are written first.
  return false
})

let lifecycle: { closed: () => void; reopened: (created: boolean) => void } = {
  closed: () => undefined,
  reopened: () => undefined,
}
let openedOnce = false
let closedUnderUs = false
let created = false
/** The app deletes and recreates the database itself (rebuildDatabase): no events for that. */
let rebuilding = false

/** Run the app's own delete and recreate of the database without lifecycle events. */
export async function withoutLifecycleEvents<T>(run: () => Promise<T>): Promise<T> {
  rebuilding = true
  try {
    return await run()
  } finally {
    rebuilding = false
    created = false
  }
}

/**
 * Who hears the connection close under the app (the browser closes it on an I/O error, such as
 * a full disk) and open again — `created` when the browser made the database anew, empty.
 */
export function onDatabaseLifecycle(handlers: typeof lifecycle): void {
  lifecycle = handlers
}

// Fired inside the upgrade transaction when the database did not exist.
db.on('populate', () => {
  created = true
})

db.on(
  'ready',
  () => {
    const wasCreated = created && openedOnce && !rebuilding
    created = false
    openedOnce = true
    if (closedUnderUs || wasCreated) {
      closedUnderUs = false
      lifecycle.reopened(wasCreated)
    }
  },
  true,
)

db.on('close', () => {
  // Our own close (another tab upgrades, a test deletes) is not the browser's doing.
  if (replacing || rebuilding || !openedOnce) return
  closedUnderUs = true
  lifecycle.closed()
})
