import { afterEach, describe, expect, it } from 'vitest'
import { drawTree } from '../../domain/outline/drawTree'
import { applyChangeToNodes } from '../../domain/outline/applyChangeToNodes'
import { buildTree } from '../../domain/outline/tree'
import { treeFromSketch } from '../../domain/outline/testTree'
import type { PlanState } from '../types'
import { indentItem, moveItemDown, moveItemsTo, moveItemUp, outdentItem } from './moveItem'
import { rowsAround, setShownOutline } from './shownOutline'

const { tree, nodes } = treeFromSketch(`
A
  A1
    A1a
    A1b
  A2
  A3
B
  B1
C
`)
const numbering = { scheme: 'standard' as const, continuousLevel2: false }
const plan = { id: 'p', numbering } as PlanState['plan']

afterEach(() => setShownOutline(null))

/** What a command makes of the rows it reads, drawn; and the same from every row. */
function both<Args>(command: typeof moveItemUp | typeof moveItemsTo, args: Args) {
  const run = (ids: readonly string[] | undefined) => {
    const read = ids ? nodes.filter((node) => ids.includes(node.id)) : nodes
    const outcome = (
      command.perform as (state: PlanState, args: Args) => ReturnType<typeof command.perform>
    )({ plan, tree: buildTree(read) }, args)
    if (!outcome.ok) return outcome.reason
    return drawTree(buildTree(applyChangeToNodes(nodes, outcome.change)), numbering)
  }
  const reads = (command.reads as ((args: Args) => string[] | undefined) | undefined)?.(args)
  return { partial: run(reads), full: run(undefined), reads }
}

describe('rowsAround', () => {
  it('is undefined (read everything) without an outline on screen or for a node it does not know', () => {
    expect(rowsAround(['A1'])).toBeUndefined()
    setShownOutline(tree)
    expect(rowsAround(['nope'])).toBeUndefined()
  })

  it('reads the node, its siblings and its ancestors, and a named parent’s children', () => {
    setShownOutline(tree)
    expect(rowsAround(['A1a'])?.sort()).toEqual(['A', 'A1', 'A1a', 'A1b'])
    expect(rowsAround(['B'], ['A1'])?.sort()).toEqual(['A', 'A1', 'A1a', 'A1b', 'B', 'C'])
  })
})

describe('moves read a few rows and change what reading every row would', () => {
  it.each([
    ['Alt+↑', moveItemUp, { id: 'A3' }],
    ['Alt+↑ at the top', moveItemUp, { id: 'A' }],
    ['Alt+↓', moveItemDown, { id: 'A' }],
    ['Tab', indentItem, { id: 'A2' }],
    ['Tab with children to join', indentItem, { id: 'B' }],
    ['Shift+Tab', outdentItem, { id: 'A1' }],
    [
      'drag into another chapter',
      moveItemsTo,
      { ids: ['A1'], position: { parentId: 'B', index: 0 } },
    ],
    [
      'drag into its own subtree (refused)',
      moveItemsTo,
      { ids: ['A'], position: { parentId: 'A1', index: 0 } },
    ],
  ] as const)('%s', (_, command, args) => {
    setShownOutline(tree)
    const { partial, full, reads } = both(command as typeof moveItemUp, args as never)
    expect(reads?.length).toBeLessThan(nodes.length)
    expect(partial).toBe(full)
  })

  it('a move writes only the moved node (its subtree follows it)', () => {
    setShownOutline(tree)
    const outcome = moveItemUp.perform({ plan, tree }, { id: 'A3' })
    expect(outcome.ok && outcome.change.updated.map(({ after }) => after.id)).toEqual(['A3'])
    expect(outcome.ok && outcome.change.added.length + outcome.change.removed.length).toBe(0)
  })
})
