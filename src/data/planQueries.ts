import { useLiveQuery } from 'dexie-react-hooks'
import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { flushSync } from 'react-dom'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from '../db/db'
import { planNodesDrawnAtOnce, planNodesNow, subscribePlanNodes } from '../db/planNodesCache'
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
  return useStableRows(rows)
}

/**
 * The plan's rows, following writes as `usePlanNodes` does, but behind what the user waits for:
 * a change reaches this in a low-priority render (a move on XL is painted without it), where the
 * rows' identities are kept (10,000 rows compared there, not in the move's own render).
 */
export function useDeferredPlanNodes(planId: string): OutlineNode[] | undefined {
  const subscribe = useCallback(
    (listener: () => void) => subscribePlanNodes(planId, listener),
    [planId],
  )
  const rows = useSyncExternalStore(subscribe, () => planNodesNow(planId))
  return useStableRows(useDeferredValue(rows))
}

/**
 * The plan's rows for the plan screen, which re-derives its whole outline from them (2,000 rows
 * on L): a change is drawn at low priority (a transition), so keys typed meanwhile never wait for
 * it — except the first rows and a change of the outline's structure this window just made (a
 * move, an item added or deleted), drawn at once: the user is waiting for exactly that. A
 * transition is applied in order with later changes, so the screen never goes back to older rows.
 */
export function usePlanNodesOnScreen(planId: string): OutlineNode[] | undefined {
  const [shown, setShown] = useState(() => ({ planId, rows: planNodesNow(planId) }))
  useEffect(() => {
    let drawn = false
    const update = () => {
      const rows = planNodesNow(planId)
      drawn ||= rows !== undefined
      setShown((current) =>
        current.planId === planId && current.rows === rows ? current : { planId, rows },
      )
    }
    const follow = () => {
      // A move made here: drawn now, in the same frame as the focus that follows it (a state
      // update from a promise would wait for a render task of its own: one frame later).
      if (drawn && planNodesDrawnAtOnce(planId)) flushSync(update)
      else if (!drawn) update()
      else startTransition(update)
    }
    const stop = subscribePlanNodes(planId, follow)
    // Rows read before this subscribed (or of the plan just switched to) are drawn at once.
    update()
    return stop
  }, [planId])
  return useStableRows(shown.planId === planId ? shown.rows : planNodesNow(planId))
}

/** Rows whose `rev` and place did not change keep their identity (memoised views skip them). */
function useStableRows(rows: OutlineNode[] | undefined): OutlineNode[] | undefined {
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
