import { nodeCharacters } from '../domain/outline/planFields'
import { buildTree, type Tree } from '../domain/outline/tree'
import { isEmptyPatch, type OpResult } from '../domain/outline/treeOps'
import type { OutlineNode, Patch } from '../domain/outline/types'
import { db } from './db'

/** The fields an update really changes, so an old patch (or its undo) never reverts later edits. */
function changedFields(before: OutlineNode, after: OutlineNode): Partial<OutlineNode> {
  const changes: Partial<OutlineNode> = {}
  if (before.parentId !== after.parentId) changes.parentId = after.parentId
  if (before.orderKey !== after.orderKey) changes.orderKey = after.orderKey
  if (before.title !== after.title) changes.title = after.title
  if (before.body !== after.body) changes.body = after.body
  return changes
}

export class StaleTreeError extends Error {
  constructor() {
    super('大纲已在别处被修改，请重试')
  }
}

/**
 * Apply a patch to a plan in one read-write transaction: all of it or none of it.
 * Also keeps the plan's updatedAt and cached character count.
 */
export async function applyPatch(planId: string, patch: Patch): Promise<void> {
  await db.transaction('rw', db.plans, db.nodes, () => writePatch(planId, patch))
}

/**
 * Compute a tree operation on the stored tree and apply it, in one transaction, so an
 * operation is never computed from a stale copy (fast repeated keys, a second tab).
 */
export async function runTreeOperation(
  planId: string,
  operation: (tree: Tree) => OpResult,
): Promise<OpResult> {
  return db.transaction('rw', db.plans, db.nodes, async () => {
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    const result = operation(buildTree(nodes))
    if (result.ok && !isEmptyPatch(result.patch)) await writePatch(planId, result.patch)
    return result
  })
}

async function writePatch(planId: string, patch: Patch): Promise<void> {
  const plan = await db.plans.get(planId)
  if (!plan) throw new Error('计划不存在或已被删除')
  let charDelta = 0
  const updatedIds = patch.updated.map(({ after }) => after.id)
  const removedIds = patch.removed.map((node) => node.id)
  const current = await db.nodes.bulkGet([...updatedIds, ...removedIds])
  if (current.some((node) => node === undefined || node.planId !== planId))
    throw new StaleTreeError()
  const stored = current as OutlineNode[]
  for (const [i, { before, after }] of patch.updated.entries()) {
    const merged = { ...stored[i], ...changedFields(before, after), rev: (stored[i].rev ?? 0) + 1 }
    charDelta += nodeCharacters(merged) - nodeCharacters(stored[i])
    await db.nodes.put(merged)
  }
  for (const node of stored.slice(updatedIds.length)) charDelta -= nodeCharacters(node)
  if (removedIds.length) await db.nodes.bulkDelete(removedIds)
  for (const node of patch.added) {
    if (node.planId !== planId) throw new Error('条目不属于此计划')
    charDelta += nodeCharacters(node)
  }
  if (patch.added.length) await db.nodes.bulkAdd(patch.added)
  await db.plans.update(planId, {
    updatedAt: Date.now(),
    charCount: Math.max(0, plan.charCount + charDelta),
  })
}
