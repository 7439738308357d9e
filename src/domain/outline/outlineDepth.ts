/** A row of a tree stored flat: what depth needs of a node or a template's node. */
export interface ParentLink {
  id: string
  parentId: string | null
}

/**
 * The number of levels of a flat tree (a chapter alone is 1), without recursion: each row's depth
 * is its parent's plus one, remembered, so the walk is linear however deep the chain. A row whose
 * parent is missing counts as a chapter; a cycle ends the walk (cycles are reported elsewhere).
 */
export function outlineDepth(nodes: readonly ParentLink[]): number {
  const parentOf = new Map<string, string | null>()
  for (const node of nodes) parentOf.set(node.id, node.parentId)
  const depthOf = new Map<string, number>()
  let deepest = 0
  for (const node of nodes) {
    const path: string[] = []
    const onPath = new Set<string>()
    let id: string | null = node.id
    let base = 0
    while (id !== null && parentOf.has(id)) {
      const known = depthOf.get(id)
      if (known !== undefined) {
        base = known
        break
      }
      if (onPath.has(id)) break
      onPath.add(id)
      path.push(id)
      id = parentOf.get(id) ?? null
    }
    for (let index = path.length - 1; index >= 0; index--) depthOf.set(path[index], ++base)
    if (base > deepest) deepest = base
  }
  return deepest
}
