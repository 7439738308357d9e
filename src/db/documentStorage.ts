import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { DOC_UPDATES_TABLE } from './schema'

/**
 * When the updates y-dexie adds for a plan's document are stored: each local update of a document
 * becomes one `add` to the updates table, in order. This middleware reports, per plan, each such
 * add when its transaction has committed (or failed), naming the update it added (the very
 * `Uint8Array` the document emitted), so the document can say 已保存 only when IndexedDB holds
 * every update made, and keep what a full disk refused. An update is reported at most once per
 * add; the document ignores a report for an update it no longer holds (already settled).
 */
export interface UpdateWrites {
  /** These adds of this plan's updates committed (the very `u` values added, in order). */
  stored: (updates: readonly Uint8Array[]) => void
  /** These adds failed (a full disk, the connection closed): the updates were not stored. */
  refused: (updates: readonly Uint8Array[], error: unknown) => void
}

const listeners = new Map<string, UpdateWrites>()

export function listenToUpdateWrites(planId: string, listener: UpdateWrites): () => void {
  listeners.set(planId, listener)
  return () => {
    if (listeners.get(planId) === listener) listeners.delete(planId)
  }
}

/** The updates made here (`f: 1`) that a request adds, by plan. */
function updatesByPlan(req: DBCoreMutateRequest): Map<string, Uint8Array[]> {
  const byPlan = new Map<string, Uint8Array[]>()
  if (req.type !== 'add') return byPlan
  for (const value of req.values as { k?: unknown; u?: unknown; f?: unknown }[]) {
    // `f: 1`: an update made here (y-dexie's own compaction writes other rows).
    if (typeof value?.k !== 'string' || value.f !== 1 || !(value.u instanceof Uint8Array)) continue
    const list = byPlan.get(value.k) ?? []
    list.push(value.u)
    byPlan.set(value.k, list)
  }
  return byPlan
}

export const documentStorageMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'documentStorage',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        if (name !== DOC_UPDATES_TABLE) return table
        return {
          ...table,
          async mutate(req) {
            const byPlan = updatesByPlan(req)
            if (byPlan.size === 0) return table.mutate(req)
            const trans = req.trans as unknown as IDBTransaction
            const report = (ok: boolean, error?: unknown) => {
              for (const [planId, updates] of byPlan) {
                const listener = listeners.get(planId)
                if (!listener) continue
                if (ok) listener.stored(updates)
                else listener.refused(updates, error)
              }
            }
            let settled = false
            const settle = (ok: boolean, error?: unknown) => {
              if (settled) return
              settled = true
              report(ok, error)
            }
            trans.addEventListener('complete', () => settle(true))
            trans.addEventListener('abort', () => settle(false, trans.error))
            trans.addEventListener('error', () => settle(false, trans.error))
            try {
              const res = await table.mutate(req)
              if (res.numFailures) settle(false, new Error('未能写入'))
              return res
            } catch (error) {
              settle(false, error)
              throw error
            }
          },
        }
      },
    }
  },
}
