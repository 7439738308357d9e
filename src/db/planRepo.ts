import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'

/** A plan and all its node rows, read in one transaction (a consistent snapshot). */
export async function loadPlan(
  planId: string,
): Promise<{ plan: Plan; nodes: OutlineNode[] } | undefined> {
  return db.transaction('r', db.plans, db.nodes, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) return undefined
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    return { plan, nodes }
  })
}
