import { buildTree, type Tree } from './tree'
import { keysBetween } from './orderKeys'
import type { OutlineNode } from './types'

/**
 * Build a tree from an indented sketch, two spaces a level; each line's text is both id and title:
 *   A
 *     A1
 *   B
 */
export function treeFromSketch(sketch: string): { tree: Tree; nodes: OutlineNode[] } {
  const lines = sketch.split('\n').filter((line) => line.trim() !== '')
  const margin = Math.min(...lines.map((line) => line.length - line.trimStart().length))
  const nodes: OutlineNode[] = []
  const stack: string[] = []
  const lastKey = new Map<string | null, string>()
  for (const line of lines) {
    const level = (line.length - line.trimStart().length - margin) / 2
    const title = line.trim()
    stack.length = level
    const parentId = level === 0 ? null : stack[level - 1]
    const previous = lastKey.get(parentId)
    const [orderKey] = keysBetween(
      previous ? ({ orderKey: previous } as OutlineNode) : undefined,
      undefined,
      1,
    )
    lastKey.set(parentId, orderKey)
    nodes.push({ id: title, planId: 'p', parentId, orderKey, title, body: null })
    stack.push(title)
  }
  return { tree: buildTree(nodes), nodes }
}
