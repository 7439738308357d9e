import type { OutlineNode } from './types'

/**
 * Levels of an outline (a chapter alone is 1), without recursion and in linear time. For rows
 * already known to form a tree: a row whose parent is missing counts as a chapter, and a cycle
 * is not followed round.
 */
export function outlineDepth(rows: readonly Pick<OutlineNode, 'id' | 'parentId'>[]): number {
  const parentOf = new Map(rows.map((row) => [row.id, row.parentId]))
  const levels = new Map<string, number>()
  let deepest = 0
  for (const row of rows) {
    // Walk up to a row whose level is known (or the top), then set the levels on the way down.
    const path: string[] = []
    let id: string | null = row.id
    let level = 0
    while (id !== null) {
      const known = levels.get(id)
      if (known !== undefined) {
        level = known
        break
      }
      if (!parentOf.has(id) || path.length > rows.length) break
      path.push(id)
      id = parentOf.get(id) ?? null
    }
    for (let index = path.length - 1; index >= 0; index--) levels.set(path[index], ++level)
    deepest = Math.max(deepest, level)
  }
  return deepest
}
