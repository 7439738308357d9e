import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'

/** A plan's row and its items' rows, read in one transaction (what IndexedDB holds, no cache). */
export function readPlanRows(planId: string): Promise<{ plan: Plan; nodes: OutlineNode[] }> {
  return db.transaction('r', db.plans, db.nodes, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    return { plan, nodes: await db.nodes.where('planId').equals(planId).toArray() }
  })
}
