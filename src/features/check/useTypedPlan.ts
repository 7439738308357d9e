import { useMemo } from 'react'
import { usePlan, usePlanNodes } from '../../data/planQueries'
import { usePlanDrafts } from '../../data/usePlanDrafts'
import type { OutlineNode, Plan } from '../../domain/outline/types'

/**
 * The plan as last typed (drafts folded in), live. Typing writes drafts only, so while the user
 * types the nodes are not read again: the check then redoes just the body typed into.
 */
export function useTypedPlan(planId: string): { plan: Plan; nodes: OutlineNode[] } | undefined {
  const plan = usePlan(planId)
  const nodes = usePlanNodes(planId)
  const drafts = usePlanDrafts(planId)
  return useMemo(() => {
    if (!plan || !nodes || !drafts) return undefined
    if (drafts.size === 0) return { plan, nodes }
    return {
      plan,
      nodes: nodes.map((node) =>
        drafts.has(node.id) ? { ...node, body: drafts.get(node.id) ?? null } : node,
      ),
    }
  }, [plan, nodes, drafts])
}
