import type { OutlineNode, Plan } from '../outline/types'
import { isSamePlan } from './isSamePlan'

/** Plans and their rows, as the copy or the database holds them. */
export interface PlansAndRows {
  plans: readonly Plan[]
  nodes: readonly OutlineNode[]
}

/** What a copy written from memory holds that the database does not. */
export interface NewerInCopy {
  /** Plans the database holds with other content, stored last before the copy was written. */
  changed: string[]
  /** Plans only the copy holds (made while the database refused writes). */
  added: string[]
}

function rowsByPlan(nodes: readonly OutlineNode[]): Map<string, OutlineNode[]> {
  const byPlan = new Map<string, OutlineNode[]>()
  for (const node of nodes) {
    const rows = byPlan.get(node.planId)
    if (rows) rows.push(node)
    else byPlan.set(node.planId, [node])
  }
  return byPlan
}

/**
 * Which plans a copy written from memory while the database failed (at `copyAt`) holds newer
 * than the database that survived: a plan whose content (isSamePlan: fields, tree, titles,
 * bodies) differs and whose last stored update is older than the copy — a plan stored after
 * the copy was written is the database's to keep — and a plan only the copy holds.
 */
export function plansNewerInCopy(
  copy: PlansAndRows,
  stored: PlansAndRows,
  copyAt: number,
): NewerInCopy {
  const storedPlans = new Map(stored.plans.map((plan) => [plan.id, plan]))
  const copyRows = rowsByPlan(copy.nodes)
  const storedRows = rowsByPlan(stored.nodes)
  const found: NewerInCopy = { changed: [], added: [] }
  for (const plan of copy.plans) {
    const there = storedPlans.get(plan.id)
    if (!there) {
      found.added.push(plan.id)
      continue
    }
    if (there.updatedAt > copyAt) continue
    const ours = { plan, nodes: copyRows.get(plan.id) ?? [] }
    if (!isSamePlan(ours, { plan: there, nodes: storedRows.get(plan.id) ?? [] }))
      found.changed.push(plan.id)
  }
  return found
}
