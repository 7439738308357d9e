import type { PlanChange } from './planChange'
import type { OutlineNode } from './types'

/** The node list after a patch: what the db layer stores, done in memory. */
export function applyChangeToNodes(
  nodes: readonly OutlineNode[],
  patch: PlanChange,
): OutlineNode[] {
  const removed = new Set(patch.removed.map((node) => node.id))
  const updated = new Map(patch.updated.map(({ after }) => [after.id, after]))
  return nodes
    .filter((node) => !removed.has(node.id))
    .map((node) => updated.get(node.id) ?? node)
    .concat(patch.added)
}
