/**
 * Copies of node rows under new ids, for a plan copied or imported as a new plan: every id is
 * replaced, parent links follow their parent's new id (a parent missing from `nodes` becomes a
 * root), and each row moves to `planId`. Other fields are kept as they are.
 */
export function remapIds<T extends { id: string; parentId: string | null; planId?: string }>(
  nodes: readonly T[],
  planId: string,
  newId: () => string,
): (T & { planId: string })[] {
  const ids = new Map(nodes.map((node) => [node.id, newId()]))
  return nodes.map((node) => ({
    ...node,
    id: ids.get(node.id) as string,
    planId,
    parentId: node.parentId === null ? null : (ids.get(node.parentId) ?? null),
  }))
}
