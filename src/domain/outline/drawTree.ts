import { computeNumbers } from './numbering'
import { flattenTree, type Tree } from './tree'
import type { NumberingSettings } from './types'

/** The tree as indented text, one node a line (`  （一）title`): for tests and debugging. */
export function drawTree(tree: Tree, numbering?: NumberingSettings): string {
  const numbers = numbering ? computeNumbers(tree, numbering) : undefined
  return flattenTree(tree)
    .map((row) => '  '.repeat(row.level - 1) + (numbers?.get(row.node.id) ?? '') + row.node.title)
    .join('\n')
}
