import type { SeedReport } from './seedDocument.worker'

/** From this many items a plan's seed is made in a worker (below, a few ms on the page). */
export const SEED_IN_WORKER_FROM = 1_000
/** A worker that has not answered by then is let go; the page makes the seed itself. */
const SEED_TIMEOUT_MS = 60_000

/**
 * The seed of a plan's document (domain/document/seedDocument.ts) made from the rows IndexedDB
 * holds, in a worker: null where there are no workers, or the worker failed or took too long
 * (the caller then makes it on the page).
 */
export function seedInWorker(
  planId: string,
): Promise<{ update: Uint8Array; nodeCount: number } | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null)
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./seedDocument.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      resolve(null)
      return
    }
    const done = (report: SeedReport) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(report.ok ? { update: report.update, nodeCount: report.nodeCount } : null)
    }
    const timer = setTimeout(() => done({ ok: false }), SEED_TIMEOUT_MS)
    worker.addEventListener('message', (event: MessageEvent<SeedReport>) => done(event.data))
    worker.addEventListener('error', () => done({ ok: false }))
    worker.postMessage({ planId })
  })
}
