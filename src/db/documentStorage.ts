import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { DOC_UPDATES_TABLE } from './schema'

/**
 * When the updates y-dexie adds for a plan's document are stored: each local update of a document
 * becomes one `add` to the updates table, in order. This middleware reports, per plan, each such
 * add when its transaction has committed (or failed), so the document can say 已保存 only when
 * IndexedDB holds every update made, and keep what a full disk refused.
 */
export interface UpdateWrites {
  /** Adds of this plan's updates committed (`count` of them, in order). */
  stored: (count: number) => void
  /** An add failed (a full disk): `count` updates were not stored. */
  refused: (count: number, error: unknown) => void
}

const listeners = new Map<string, UpdateWrites>()

export function listenToUpdateWrites(planId: string, listener: UpdateWrites): () => void {
  listeners.set(planId, listener)
  return () => {
    if (listeners.get(planId) === listener) listeners.delete(planId)
  }
}

function countsByPlan(req: DBCoreMutateRequest): Map<string, number> {
  const counts = new Map<string, number>()
  if (req.type !== 'add') return counts
  for (const value of req.values as { k?: unknown; f?: unknown }[]) {
    // `f: 1`: an update made here (y-dexie's own compaction writes other rows).
    if (typeof value?.k !== 'string' || value.f !== 1) continue
    counts.set(value.k, (counts.get(value.k) ?? 0) + 1)
  }
  return counts
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
            const counts = countsByPlan(req)
            if (counts.size === 0) return table.mutate(req)
            const trans = req.trans as unknown as IDBTransaction
            const report = (ok: boolean, error?: unknown) => {
              for (const [planId, count] of counts) {
                const listener = listeners.get(planId)
                if (!listener) continue
                if (ok) listener.stored(count)
                else listener.refused(count, error)
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
