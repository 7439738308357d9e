import { childrenOf, isDescendantOrSelf, type Tree } from './tree'
import type { TreePosition } from './treeOps'

export type DropZone = 'before' | 'inside' | 'after'

/** Which part of a row the pointer is over: top quarter before, bottom quarter after. */
export function dropZoneAt(offsetY: number, rowHeight: number): DropZone {
  if (offsetY < rowHeight * 0.25) return 'before'
  if (offsetY > rowHeight * 0.75) return 'after'
  return 'inside'
}

/** Where a drop on `overId` in `zone` puts the dragged nodes; null when refused (a cycle). */
export function dropPosition(
  tree: Tree,
  draggedIds: readonly string[],
  overId: string,
  zone: DropZone,
): TreePosition | null {
  const over = tree.byId.get(overId)
  if (!over) return null
  if (draggedIds.some((id) => isDescendantOrSelf(tree, overId, id))) return null
  if (zone === 'inside') return { parentId: over.id, index: childrenOf(tree, over.id).length }
  const index = childrenOf(tree, over.parentId).indexOf(over)
  return { parentId: over.parentId, index: zone === 'before' ? index : index + 1 }
}
