import type { ClosingField } from './planClosing'
import type { OutlineNode, Plan } from './types'

/** The plan-row fields a user edits; the others are derived (charCount, updatedAt) or fixed. */
export type PlanRowFields = Pick<
  Plan,
  | 'title'
  | 'unit'
  | 'year'
  | 'numbering'
  | 'preamble'
  | 'keptYears'
  | 'comparisonYears'
  | ClosingField
>

/**
 * One change to one plan: plan-row fields and node rows. Every write to a plan is one of these,
 * applied by the db writer in one transaction; inverted it is the undo step.
 */
export interface PlanChange {
  /** Only the fields that change, as they were and as they become. */
  plan?: { before: Partial<PlanRowFields>; after: Partial<PlanRowFields> }
  added: OutlineNode[]
  updated: { before: OutlineNode; after: OutlineNode }[]
  removed: OutlineNode[]
}

export const emptyChange = (): PlanChange => ({ added: [], updated: [], removed: [] })

export function isEmptyChange(change: PlanChange): boolean {
  const planFields = change.plan ? Object.keys(change.plan.after).length : 0
  return change.added.length + change.updated.length + change.removed.length + planFields === 0
}

/** The change that undoes `change`. */
export function invertChange(change: PlanChange): PlanChange {
  return {
    ...(change.plan && { plan: { before: change.plan.after, after: change.plan.before } }),
    added: change.removed,
    removed: change.added,
    updated: change.updated.map(({ before, after }) => ({ before: after, after: before })),
  }
}

export const NODE_FIELDS = ['parentId', 'orderKey', 'title', 'body'] as const
export type NodeField = (typeof NODE_FIELDS)[number]

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b))

/** The user-visible fields in which two versions of a node differ. */
export function changedNodeFields(before: OutlineNode, after: OutlineNode): NodeField[] {
  return NODE_FIELDS.filter((field) => !sameValue(before[field], after[field]))
}

/**
 * `first` then `second` as one change (typing a title is one undo step; an item created and
 * removed again leaves nothing).
 */
export function squashChanges(first: PlanChange, second: PlanChange): PlanChange {
  const rows = new Map<string, { before: OutlineNode | null; after: OutlineNode | null }>()
  const note = (id: string, before: OutlineNode | null, after: OutlineNode | null) => {
    const seen = rows.get(id)
    if (seen) seen.after = after
    else rows.set(id, { before, after })
  }
  for (const change of [first, second]) {
    change.added.forEach((node) => note(node.id, null, node))
    change.updated.forEach(({ before, after }) => note(after.id, before, after))
    change.removed.forEach((node) => note(node.id, node, null))
  }
  const result = emptyChange()
  for (const { before, after } of rows.values()) {
    if (!before && after) result.added.push(after)
    else if (before && !after) result.removed.push(before)
    else if (before && after && changedNodeFields(before, after).length > 0)
      result.updated.push({ before, after })
  }
  const plan = squashPlanFields(first.plan, second.plan)
  return plan ? { ...result, plan } : result
}

function squashPlanFields(first: PlanChange['plan'], second: PlanChange['plan']) {
  if (!first && !second) return undefined
  const before: Partial<PlanRowFields> = { ...second?.before, ...first?.before }
  const after: Partial<PlanRowFields> = { ...first?.after, ...second?.after }
  for (const key of Object.keys(after) as (keyof PlanRowFields)[]) {
    if (sameValue(before[key], after[key])) {
      delete before[key]
      delete after[key]
    }
  }
  return Object.keys(after).length ? { before, after } : undefined
}
