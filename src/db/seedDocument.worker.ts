import { seedUpdate } from '../domain/document/seedDocument'
import { db } from './db'
import { readPlanRows } from './readPlanRows'

/** What the worker answers: the seed's update (transferred) and how many items it was made of. */
export type SeedReport = { ok: true; update: Uint8Array; nodeCount: number } | { ok: false }

/**
 * A large plan's first document content made from its rows here, not on the page: for 19,800
 * items the rows' read, the document's making and its encoding held the page's thread over a
 * second (the page then only applies the update). One plan per message; the connection is closed
 * after it, whatever happened (an open connection after a full disk keeps Chromium from opening
 * the database for the page).
 */
self.addEventListener('message', (event: MessageEvent<{ planId: string }>) => {
  readPlanRows(event.data.planId)
    .then(({ plan, nodes }) => ({ update: seedUpdate(plan, nodes), nodeCount: nodes.length }))
    .finally(() => db.close())
    .then(
      ({ update, nodeCount }) =>
        self.postMessage({ ok: true, update, nodeCount } satisfies SeedReport, {
          transfer: [update.buffer],
        }),
      () => self.postMessage({ ok: false } satisfies SeedReport),
    )
})
