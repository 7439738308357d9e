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

const byOrderKey = (a: OutlineNode, b: OutlineNode) =>
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

/** Every node in document order. Children of ids in `collapsed` are skipped. */
export function flattenTree(tree: Tree, collapsed?: ReadonlySet<string>): FlatRow[] {
  const rows: FlatRow[] = []
  const walk = (parentId: string | null, level: number) => {
    childrenOf(tree, parentId).forEach((node, index) => {
      const hasChildren = (tree.childrenOf.get(node.id)?.length ?? 0) > 0
      rows.push({ node, level, index, hasChildren })
      if (hasChildren && !collapsed?.has(node.id)) walk(node.id, level + 1)
    })
  }
  walk(null, 1)
  return rows
}

/** The node and all its descendants, in document order. */
export function subtreeOf(tree: Tree, id: string): OutlineNode[] {
  const root = tree.byId.get(id)
  if (!root) return []
  const result: OutlineNode[] = [root]
  for (let i = 0; i < result.length; i++) result.push(...childrenOf(tree, result[i].id))
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
