import type { RichDoc } from '../domain/outline/types'
import { db } from './db'
import { foldDrafts, planTransaction } from './planWriter'

/**
 * Store what is typed into a node's body. Only the drafts table is written, so the plan's live
 * queries (2,000 rows) are not re-run on every keystroke; the plan writer folds it into the node
 * (before any command reads the plan, and when the editor commits).
 */
export async function saveDraft(planId: string, nodeId: string, body: RichDoc): Promise<void> {
  await db.transaction('rw', db.drafts, db.nodes, async () => {
    // The write is issued first, with no read before it: on pagehide there is no time for a
    // round trip. A node deleted meanwhile aborts the transaction, and with it the write.
    const [, node] = await Promise.all([
      db.drafts.put({ nodeId, planId, body, savedAt: Date.now() }),
      db.nodes.get(nodeId),
    ])
    if (!node) throw new Error('条目已被删除')
  })
}

/** Fold every draft of a plan in: what a closed or crashed session left behind. */
export async function commitPlanDrafts(planId: string): Promise<void> {
  await planTransaction(() => foldDrafts(planId))
}
