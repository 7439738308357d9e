import { planNodesMiddleware, setPlanNodesReader } from './planNodesCache'
import { openDb } from './schema'

/** The app's one database connection. Tests open their own with `openDb(name)`. */
export const db = openDb()

// The node rows of open plans are kept in memory and follow this connection's writes.
db.use(planNodesMiddleware)
setPlanNodesReader((planId) => db.nodes.where('planId').equals(planId).toArray())

let beforeReplaced: () => Promise<void> = () => Promise.resolve()

/**
 * What to do when another tab opens a newer version of the database (an app update): this tab
 * writes what it holds, then lets go of the database so the other can upgrade, and says so.
 */
export function onDatabaseReplaced(handler: () => Promise<void>): void {
  beforeReplaced = handler
}

db.on('versionchange', () => {
  void beforeReplaced()
    .catch(() => undefined)
    .finally(() => db.close())
  // Not Dexie's default (close at once): the edits being typed are written first.
  return false
})
