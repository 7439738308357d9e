import { emptyChange, type PlanChange, type PlanRowFields } from '../outline/planChange'
import { CLOSING_FIELDS } from '../outline/planClosing'
import type { OutlineNode, Plan } from '../outline/types'

// The plan's own fields a version brings back: 主送, 附件说明, 落款 and 成文日期 too.
const PLAN_FIELDS = ['title', 'unit', 'year', 'numbering', 'preamble', ...CLOSING_FIELDS] as const

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * The change that turns the current plan into a snapshot of it: nodes the snapshot lacks are
 * removed, nodes it has are added back or updated (position, title, body), and the plan's own
 * fields set. Applied by the one writer, so rev, charCount and updatedAt stay right.
 */
export function restoreChange(
  current: { plan: Plan; nodes: readonly OutlineNode[] },
  target: { plan: Plan; nodes: readonly OutlineNode[] },
): PlanChange {
  const change = emptyChange()
  const planId = current.plan.id
  const stored = new Map(current.nodes.map((node) => [node.id, node]))
  const wanted = new Set(target.nodes.map((node) => node.id))
  for (const node of current.nodes) if (!wanted.has(node.id)) change.removed.push(node)
  for (const node of target.nodes) {
    const now = stored.get(node.id)
    const fields = {
      parentId: node.parentId,
      orderKey: node.orderKey,
      title: node.title,
      body: node.body,
    }
    if (!now) change.added.push({ id: node.id, planId, ...fields, rev: node.rev ?? 0 })
    else if (
      Object.entries(fields).some(([key, value]) => !same(now[key as keyof OutlineNode], value))
    )
      change.updated.push({ before: now, after: { ...now, ...fields } })
  }
  const before: Partial<PlanRowFields> = {}
  const after: Partial<PlanRowFields> = {}
  for (const key of PLAN_FIELDS) {
    if (same(current.plan[key], target.plan[key])) continue
    Object.assign(before, { [key]: current.plan[key] })
    Object.assign(after, { [key]: target.plan[key] })
  }
  if (Object.keys(after).length) change.plan = { before, after }
  return change
}
