import { compressYDocs } from 'y-dexie'
import { db } from './db'

/** What the worker tells the page when its run ends. */
export type CompressReport = { ok: true; ms: number } | { ok: false }

/**
 * y-dexie's compaction of the plans' document updates (each document's updates merged into one:
 * the document is made from them and encoded again), run here rather than on the page: for a
 * plan of 10,000 items that is a second of work, which on the page's thread froze the typing it
 * fell into (y-dexie runs it 10 s after the database opens, then every 5 minutes). Runs once per
 * message; the connection is closed after it, whatever happened (a connection left open after a
 * full disk keeps Chromium from opening the database for the page).
 */
self.addEventListener('message', (event: MessageEvent<{ skipIfDoneWithinMs: number }>) => {
  const started = performance.now()
  compressYDocs(db, event.data.skipIfDoneWithinMs)
    .finally(() => db.close())
    .then(
      () =>
        self.postMessage({ ok: true, ms: performance.now() - started } satisfies CompressReport),
      () => self.postMessage({ ok: false } satisfies CompressReport),
    )
})
