import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/db'
import type { RichDoc } from '../domain/outline/types'

/**
 * Bodies typed in the plan and not yet folded into its nodes (any window), by node, live. Reads
 * only the drafts: a view that shows the plan as typed joins them with usePlanNodes, instead of
 * reading every node again on each draft write as useLoadedPlan does.
 */
export function usePlanDrafts(planId: string): ReadonlyMap<string, RichDoc> | undefined {
  return useLiveQuery(
    async () =>
      new Map(
        (await db.drafts.where('planId').equals(planId).toArray()).map((row) => [
          row.nodeId,
          row.body,
        ]),
      ),
    [planId],
  )
}
