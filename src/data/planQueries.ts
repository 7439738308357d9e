import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from '../db/db'
import { planNodesNow, subscribePlanNodes } from '../db/planNodesCache'
import { loadPlan } from '../db/planRepo'
import { listTrashedPlans } from '../db/trashRepo'

/** All plans in the library (not in the trash), newest edit first. `undefined` while loading. */
export function usePlans(): Plan[] | undefined {
  return useLiveQuery(
    () =>
      db.plans
        .orderBy('updatedAt')
        .reverse()
        .filter((plan) => !plan.deletedAt)
        .toArray(),
    [],
  )
}

/** Plans in the trash (回收站), most recently deleted first. */
export function useTrashedPlans(): Plan[] | undefined {
  return useLiveQuery(() => listTrashedPlans(), [])
}

export function usePlan(planId: string): Plan | null | undefined {
  return useLiveQuery(async () => (await db.plans.get(planId)) ?? null, [planId])
}

/**
 * The plan's node rows, live: read once, then following every write (this window's as written,
 * another window's by reading again — see db/planNodesCache). Rows whose `rev` did not change
 * keep their identity.
 */
export function usePlanNodes(planId: string): OutlineNode[] | undefined {
  const subscribe = useCallback(
    (listener: () => void) => subscribePlanNodes(planId, listener),
    [planId],
  )
  const rows = useSyncExternalStore(subscribe, () => planNodesNow(planId))
  const previous = useRef(new Map<string, OutlineNode>())
  return useMemo(() => {
    if (!rows) return undefined
    const known = previous.current
    const next = new Map<string, OutlineNode>()
    const stable = rows.map((row) => {
      const old = known.get(row.id)
      const kept =
        old &&
        old.rev === row.rev &&
        old.orderKey === row.orderKey &&
        old.parentId === row.parentId &&
        old.title === row.title
          ? old
          : row
      next.set(row.id, kept)
      return kept
    })
    previous.current = next
    return stable
  }, [rows])
}

/** The plan with its nodes, live. `null` if it does not exist, `undefined` while loading. */
export function useLoadedPlan(
  planId: string,
): { plan: Plan; nodes: OutlineNode[] } | null | undefined {
  return useLiveQuery(async () => (await loadPlan(planId)) ?? null, [planId])
}
