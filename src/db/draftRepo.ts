import type { RichDoc } from '../domain/outline/types'
import { db } from './db'
import { foldDrafts, planTransaction } from './planWriter'

/**
 * Store what is typed into a node's body. Only the drafts table is written, so the plan's live
 * queries (2,000 rows) are not re-run on every keystroke; commitDraft folds it into the node.
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

/** Move a node's draft into its row (body, character count, rev) in one transaction. */
export async function commitDraft(nodeId: string): Promise<void> {
  const draft = await db.drafts.get(nodeId)
  if (draft) await planTransaction(() => foldDrafts(draft.planId, [nodeId]))
}

/** Fold every draft of a plan in: what a closed or crashed session left behind. */
export async function commitPlanDrafts(planId: string): Promise<void> {
  await planTransaction(() => foldDrafts(planId))
}
