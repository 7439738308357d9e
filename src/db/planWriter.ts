import {
  changedNodeFields,
  emptyChange,
  type PlanChange,
  type PlanRowFields,
} from '../domain/outline/planChange'
import { nodeCharacters, planOwnCharacters, validatePlanFields } from '../domain/outline/planFields'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'

/** A write computed from a version of the plan that has changed since: refused, not applied. */
export class StaleWriteError extends Error {
  constructor(message = '内容已在别处被修改，请重试') {
    super(message)
    this.name = 'StaleWriteError'
  }
}

export class InvalidInputError extends Error {}

/** Run `write` in one read-write transaction over everything a plan change touches. */
export function planTransaction<T>(write: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.plans, db.nodes, write)
}

/** Inside a plan transaction: the plan and its nodes as stored. */
export async function readPlanForWrite(
  planId: string,
): Promise<{ plan: Plan; nodes: OutlineNode[] }> {
  const plan = await db.plans.get(planId)
  if (!plan) throw new Error('计划不存在或已被删除')
  const nodes = await db.nodes.where('planId').equals(planId).toArray()
  return { plan, nodes }
}

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b))

/**
 * Inside a plan transaction: apply a change, all or nothing, and return it as applied (the
 * stored rows before, the rows written after — what undo inverts).
 *
 * Derived fields are kept here and nowhere else: each written node's `rev` goes up by one, the
 * plan's `charCount` and `updatedAt` follow. An update whose `before.rev` is not the stored rev
 * is stale: it is refused if a field it changes has changed since (another tab, a later edit),
 * and merged field by field if not (undoing a move never reverts typing done after it).
 */
export async function writeChange(planId: string, change: PlanChange): Promise<PlanChange> {
  const plan = await db.plans.get(planId)
  if (!plan) throw new Error('计划不存在或已被删除')
  // A plan in the trash is read-only until restored (another tab may still have it open).
  if (plan.deletedAt) throw new StaleWriteError('计划已移入回收站，请先恢复')
  const applied = emptyChange()
  let charDelta = 0

  const updatedIds = change.updated.map(({ after }) => after.id)
  const removedIds = change.removed.map((node) => node.id)
  const stored = await db.nodes.bulkGet([...updatedIds, ...removedIds])
  stored.forEach((node) => {
    if (!node || node.planId !== planId) throw new StaleWriteError('条目已被删除或移到别处')
  })

  const writes: OutlineNode[] = []
  change.updated.forEach(({ before, after }, index) => {
    const current = stored[index] as OutlineNode
    const fields = changedNodeFields(before, after)
    if ((current.rev ?? 0) !== (before.rev ?? 0)) {
      const conflict = fields.some((field) => !same(current[field], before[field]))
      if (conflict) throw new StaleWriteError()
    }
    if (fields.length === 0) return
    const next: OutlineNode = { ...current, rev: (current.rev ?? 0) + 1 }
    for (const field of fields) Object.assign(next, { [field]: after[field] })
    // A body written by a command is no window's own typing (rows of earlier builds carry it).
    if (fields.includes('body')) delete next.bodySession
    if (next.parentId === next.id) throw new InvalidInputError('条目不能是自己的下级')
    charDelta += nodeCharacters(next) - nodeCharacters(current)
    writes.push(next)
    applied.updated.push({ before: current, after: next })
  })

  const removed = stored.slice(updatedIds.length) as OutlineNode[]
  for (const node of removed) charDelta -= nodeCharacters(node)
  applied.removed.push(...removed)

  for (const node of change.added) {
    if (node.planId !== planId) throw new InvalidInputError('条目不属于此计划')
    const added = { ...node, rev: (node.rev ?? 0) + 1 }
    charDelta += nodeCharacters(added)
    applied.added.push(added)
  }

  const planUpdate: Partial<Plan> = {}
  if (change.plan) {
    const { before, after } = change.plan
    for (const key of Object.keys(before) as (keyof PlanRowFields)[]) {
      if (!same(plan[key], before[key])) throw new StaleWriteError('计划已在别处被修改，请重试')
    }
    const fields = { ...plan, ...after }
    const problem = validatePlanFields(fields)
    if (problem) throw new InvalidInputError(problem)
    const appliedBefore: Partial<PlanRowFields> = {}
    for (const key of Object.keys(after) as (keyof PlanRowFields)[])
      Object.assign(appliedBefore, { [key]: plan[key] })
    applied.plan = { before: appliedBefore, after: { ...after } }
    Object.assign(planUpdate, after)
    charDelta += planOwnCharacters(fields) - planOwnCharacters(plan)
  }

  if (writes.length) await db.nodes.bulkPut(writes)
  if (removedIds.length) await db.nodes.bulkDelete(removedIds)
  // bulkAdd, not put: re-adding an id that exists means the change is stale.
  if (applied.added.length)
    await db.nodes.bulkAdd(applied.added).catch(() => {
      throw new StaleWriteError('条目已存在，无法重复添加')
    })
  await db.plans.update(planId, {
    ...planUpdate,
    updatedAt: Date.now(),
    charCount: Math.max(0, plan.charCount + charDelta),
  })
  return applied
}

/** Apply a change in its own transaction; returns it as applied. */
export function applyChange(planId: string, change: PlanChange): Promise<PlanChange> {
  return planTransaction(() => writeChange(planId, change))
}
