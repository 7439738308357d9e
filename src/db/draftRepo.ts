import type { RichDoc } from '../domain/outline/types'
import { db } from './db'
import { foldDrafts, planTransaction } from './planWriter'

/**
 * Store what is typed into a node's body. Only the drafts table is written, so the plan's live
 * queries (2,000 rows) are not re-run on every keystroke; the plan writer folds it into the node
 * (before any command reads the plan, and when the editor commits).
 */
export async function saveDraft(
  planId: string,
  nodeId: string,
  body: RichDoc,
  origin: { baseHash?: string; session?: string } = {},
): Promise<void> {
  await planTransaction(async () => {
    const [existing, node] = await Promise.all([db.drafts.get(nodeId), db.nodes.get(nodeId)])
    // A node deleted meanwhile aborts the transaction, and with it the write.
    if (!node) throw new Error('条目已被删除')
    // Another window's typing in the same body is folded in first, never overwritten: the
    // writer then keeps both texts when this window's draft is folded over it.
    if (existing?.session && existing.session !== origin.session) await foldDrafts(planId, [nodeId])
    await db.drafts.put({ nodeId, planId, body, savedAt: Date.now(), ...origin })
  })
}

/** Fold every draft of a plan in: what a closed or crashed session left behind. */
export async function commitPlanDrafts(planId: string): Promise<void> {
  await planTransaction(() => foldDrafts(planId))
}
