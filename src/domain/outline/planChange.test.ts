import { describe, expect, it } from 'vitest'
import { applyChangeToNodes } from './applyChangeToNodes'
import { drawTree } from './drawTree'
import {
  emptyChange,
  invertChange,
  isEmptyChange,
  squashChanges,
  type PlanChange,
} from './planChange'
import { treeFromSketch } from './testTree'
import { buildTree } from './tree'
import { deleteSubtree, insertNode, moveNodeBy, positionAfter } from './treeOps'
import type { OutlineNode } from './types'

const start = `
A
  A1
B
`

function ok(result: ReturnType<typeof moveNodeBy>): PlanChange {
  if (!result.ok) throw new Error(result.reason)
  return result.change
}

const renamed = (node: OutlineNode, title: string): PlanChange => ({
  ...emptyChange(),
  updated: [{ before: node, after: { ...node, title } }],
})

describe('PlanChange', () => {
  it('inverted, undoes a move, plan fields included', () => {
    const { tree, nodes } = treeFromSketch(start)
    const change = {
      ...ok(moveNodeBy(tree, 'B', -1)),
      plan: { before: { title: '旧' }, after: { title: '新' } },
    }
    const moved = applyChangeToNodes(nodes, change)
    // B
    // A
    //   A1
    expect(drawTree(buildTree(moved))).toBe('B\nA\n  A1')
    const inverse = invertChange(change)
    expect(inverse.plan).toEqual({ before: { title: '新' }, after: { title: '旧' } })
    expect(drawTree(buildTree(applyChangeToNodes(moved, inverse)))).toBe('A\n  A1\nB')
  })

  it('squashes keystrokes of one title into one step from the first before to the last after', () => {
    const { tree } = treeFromSketch(start)
    const a = tree.byId.get('A') as OutlineNode
    const first = renamed(a, '甲')
    const second = renamed(first.updated[0].after, '甲乙')
    const squashed = squashChanges(first, second)
    expect(squashed.updated).toHaveLength(1)
    expect(squashed.updated[0].before.title).toBe('A')
    expect(squashed.updated[0].after.title).toBe('甲乙')
  })

  it('an item created, titled and removed again squashes to nothing', () => {
    const { tree } = treeFromSketch(start)
    const node = { id: 'N', planId: 'p', title: '', body: null }
    const added = ok(
      insertNode(tree, node, positionAfter(tree, 'A') ?? { parentId: null, index: 0 }),
    )
    const titled = renamed(added.added[0], '新条目')
    const afterTitle = squashChanges(added, titled)
    // Created with its title: one added row, already titled.
    expect(afterTitle.added.map((row) => row.title)).toEqual(['新条目'])
    const removed: PlanChange = { ...emptyChange(), removed: [titled.updated[0].after] }
    expect(isEmptyChange(squashChanges(afterTitle, removed))).toBe(true)
  })

  it('a removed node updated before keeps its first version; changed back to itself is dropped', () => {
    const { tree } = treeFromSketch(start)
    const b = tree.byId.get('B') as OutlineNode
    const rename = renamed(b, '乙')
    const remove = ok(deleteSubtree(buildTree([rename.updated[0].after]), 'B'))
    const squashed = squashChanges(rename, remove)
    expect(squashed.removed.map((row) => row.title)).toEqual(['B'])
    expect(isEmptyChange(squashChanges(rename, renamed(rename.updated[0].after, 'B')))).toBe(true)
  })

  it('squashes plan fields, dropping those that come back to where they were', () => {
    const first: PlanChange = {
      ...emptyChange(),
      plan: { before: { title: '一' }, after: { title: '二' } },
    }
    const second: PlanChange = {
      ...emptyChange(),
      plan: { before: { title: '二', year: 2025 }, after: { title: '一', year: 2026 } },
    }
    expect(squashChanges(first, second).plan).toEqual({
      before: { year: 2025 },
      after: { year: 2026 },
    })
  })
})
