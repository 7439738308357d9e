import type { OutlineNode } from './types'

/** The nested view of a plan's flat node rows, built in memory; never persisted. */
export interface Tree {
  byId: Map<string, OutlineNode>
  /** Children of each parent (null = the plan's top level), sorted by orderKey. */
  childrenOf: Map<string | null, OutlineNode[]>
}

export interface FlatRow {
  node: OutlineNode
  /** 1 for a chapter (一、), 2 for (一), … */
  level: number
  /** 0-based position among its siblings. */
  index: number
  hasChildren: boolean
}

export const byOrderKey = (a: OutlineNode, b: OutlineNode) =>
  a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : a.id < b.id ? -1 : 1

export function buildTree(nodes: readonly OutlineNode[]): Tree {
  const byId = new Map<string, OutlineNode>()
  const childrenOf = new Map<string | null, OutlineNode[]>()
  for (const node of nodes) byId.set(node.id, node)
  for (const node of nodes) {
    // An orphan (parent missing) is shown at the top level rather than lost.
    const parent = node.parentId !== null && byId.has(node.parentId) ? node.parentId : null
    const siblings = childrenOf.get(parent)
    if (siblings) siblings.push(node)
    else childrenOf.set(parent, [node])
  }
  for (const siblings of childrenOf.values()) siblings.sort(byOrderKey)
  return { byId, childrenOf }
}

export function childrenOf(tree: Tree, parentId: string | null): OutlineNode[] {
  return tree.childrenOf.get(parentId) ?? []
}

/**
 * Every node in document order. Children of ids in `collapsed` are skipped. A stack of its own
 * rather than recursion: a damaged plan thousands of levels deep still lists (and can be fixed).
 */
export function flattenTree(tree: Tree, collapsed?: ReadonlySet<string>): FlatRow[] {
  const rows: FlatRow[] = []
  const open: { siblings: OutlineNode[]; next: number }[] = [
    { siblings: childrenOf(tree, null), next: 0 },
  ]
  while (open.length > 0) {
    const top = open[open.length - 1]
    if (top.next >= top.siblings.length) {
      open.pop()
      continue
    }
    const index = top.next++
    const node = top.siblings[index]
    const children = tree.childrenOf.get(node.id) ?? []
    rows.push({ node, level: open.length, index, hasChildren: children.length > 0 })
    if (children.length > 0 && !collapsed?.has(node.id)) open.push({ siblings: children, next: 0 })
  }
  return rows
}

/** The node and all its descendants, in document order. */
export function subtreeOf(tree: Tree, id: string): OutlineNode[] {
  const root = tree.byId.get(id)
  if (!root) return []
  const result: OutlineNode[] = [root]
  // A loop, not push(...children): a chapter of 150,000 items would overflow the argument stack.
  for (let i = 0; i < result.length; i++)
    for (const child of childrenOf(tree, result[i].id)) result.push(child)
  return result
}

export function isDescendantOrSelf(tree: Tree, id: string, ancestorId: string): boolean {
  let current: string | null = id
  // At most one step per row: rows in a cycle (a damaged plan, before its repair) end the walk.
  for (let steps = 0; current !== null && steps <= tree.byId.size; steps++) {
    if (current === ancestorId) return true
    current = tree.byId.get(current)?.parentId ?? null
  }
  return false
}
