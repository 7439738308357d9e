import { childrenOf, type Tree } from '../../domain/outline/tree'

/** The outline the open plan's view is showing (kept by the view), to know what a move reads. */
let shown: Tree | null = null

export function setShownOutline(tree: Tree | null): void {
  shown = tree
}

export function shownOutline(): Tree | null {
  return shown
}

/**
 * The rows a move needs, from the outline on screen: each node with its siblings and ancestors,
 * and each parent named with its children and ancestors. A move then reads a few dozen rows, not
 * all 10,000 with their bodies. Undefined (read the whole plan) when the view does not know a
 * node. Rows changed meanwhile elsewhere are read as stored; one added meanwhile that is not
 * read only means the moved node's key is computed without it, still a valid order.
 */
export function rowsAround(
  ids: readonly string[],
  parentIds: readonly (string | null)[] = [],
): string[] | undefined {
  const tree = shown
  if (!tree) return undefined
  const reads = new Set<string>()
  const withAncestors = (id: string | null) => {
    // At most one step per row: a damaged plan's cycle ends the walk.
    for (let current = id, steps = 0; current !== null && steps <= tree.byId.size; steps++) {
      reads.add(current)
      current = tree.byId.get(current)?.parentId ?? null
    }
  }
  const withChildren = (parentId: string | null) => {
    for (const child of childrenOf(tree, parentId)) reads.add(child.id)
    withAncestors(parentId)
  }
  for (const id of ids) {
    const node = tree.byId.get(id)
    if (!node) return undefined
    withChildren(node.parentId)
    withAncestors(id)
  }
  for (const parentId of parentIds) {
    if (parentId !== null && !tree.byId.has(parentId)) return undefined
    withChildren(parentId)
  }
  return [...reads]
}
