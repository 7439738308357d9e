import type { CompressReport } from './compressDocuments.worker'

/** As y-dexie's own schedule: 10 s after start, then every 5 minutes. */
export const FIRST_COMPACTION_MS = 10_000
export const COMPACTION_EVERY_MS = 5 * 60_000
/** A run that has not answered by then is let go (its worker ended). */
const RUN_TIMEOUT_MS = 120_000

/** One run of the compaction in its worker; resolves when it ended (never rejects). */
function compactOnce(): Promise<CompressReport> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./compressDocuments.worker.ts', import.meta.url), {
        type: 'module',
      })
    } catch {
      resolve({ ok: false })
      return
    }
    const done = (report: CompressReport) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(report)
    }
    const timer = setTimeout(() => done({ ok: false }), RUN_TIMEOUT_MS)
    worker.addEventListener('message', (event: MessageEvent<CompressReport>) => done(event.data))
    worker.addEventListener('error', () => done({ ok: false }))
    worker.postMessage({ skipIfDoneWithinMs: COMPACTION_EVERY_MS })
  })
}

/**
 * y-dexie's periodic compaction of document updates, moved off the page's thread (y-dexie's own
 * is turned off in db/schema.ts): a worker runs it 10 s after start and every 5 minutes after
 * the last run ended. Several windows may each run it: y-dexie skips a run done by another
 * within the 5 minutes. Nothing where there are no workers (the unit tests). Returns a stop.
 */
export function scheduleDocumentCompaction(run: () => Promise<unknown> = compactOnce): () => void {
  if (typeof Worker === 'undefined' && run === compactOnce) return () => undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const next = (delay: number) => {
    timer = setTimeout(() => {
      void run().then(() => {
        if (!stopped) next(COMPACTION_EVERY_MS)
      })
    }, delay)
  }
  next(FIRST_COMPACTION_MS)
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
