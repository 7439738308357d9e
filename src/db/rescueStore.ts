import type { RichDoc } from '../domain/outline/types'
import { commitPlanDrafts, saveDraft } from './draftRepo'

// localStorage writes are synchronous: the one store that is certain to keep what was typed in
// the last instant before the page closes, when an IndexedDB write may not get to commit.
const PREFIX = 'plandraft-rescue:'

interface RescueRow {
  planId: string
  nodeId: string
  body: RichDoc
}

export function writeRescue(planId: string, nodeId: string, body: RichDoc): void {
  try {
    localStorage.setItem(PREFIX + nodeId, JSON.stringify({ planId, nodeId, body }))
  } catch {
    // Full or unavailable: the IndexedDB write started alongside is all there is.
  }
}

export function clearRescue(nodeId: string): void {
  try {
    localStorage.removeItem(PREFIX + nodeId)
  } catch {
    // Nothing to clear.
  }
}

/** Bring back what a closed page left in localStorage for this plan, then fold drafts in. */
export async function recoverPlan(planId: string): Promise<void> {
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
    (key): key is string => key?.startsWith(PREFIX) ?? false,
  )
  for (const key of keys) {
    let row: RescueRow
    try {
      row = JSON.parse(localStorage.getItem(key) ?? '') as RescueRow
    } catch {
      localStorage.removeItem(key)
      continue
    }
    if (row.planId !== planId) continue
    // A node deleted since has nothing to come back to.
    await saveDraft(row.planId, row.nodeId, row.body).catch(() => undefined)
    localStorage.removeItem(key)
  }
  await commitPlanDrafts(planId)
}
