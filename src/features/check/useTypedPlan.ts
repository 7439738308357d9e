import { useMemo } from 'react'
import { usePlan, usePlanNodes } from '../../data/planQueries'
import type { OutlineNode, Plan } from '../../domain/outline/types'

/**
 * The plan as last typed, live: the rows are written from the plan's document within 300 ms of
 * each keystroke, and only the rows that changed are new objects (the check redoes just those).
 */
export function useTypedPlan(planId: string): { plan: Plan; nodes: OutlineNode[] } | undefined {
  const plan = usePlan(planId)
  const nodes = usePlanNodes(planId)
  return useMemo(() => (plan && nodes ? { plan, nodes } : undefined), [plan, nodes])
}
