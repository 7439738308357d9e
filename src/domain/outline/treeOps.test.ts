import { describe, expect, it } from 'vitest'
import { applyChangeToNodes } from './applyChangeToNodes'
import { dropPosition, dropZoneAt } from './computeDrop'
import { drawTree } from './drawTree'
import { keysBetween } from './orderKeys'
import { treeFromSketch } from './testTree'
import { buildTree } from './tree'
import {
  deleteSubtree,
  duplicateSubtree,
  indentNode,
  insertNode,
  moveNodeBy,
  moveNodes,
  outdentNode,
  positionAfter,
  type OpResult,
} from './treeOps'
import type { OutlineNode } from './types'
import { invertChange } from './planChange'

const start = `
A
  A1
  A2
    A2x
B
  B1
C
`

/** Apply an operation to the sketch and draw the result. */
function run(sketch: string, op: (tree: ReturnType<typeof buildTree>) => OpResult): string {
  const { tree, nodes } = treeFromSketch(sketch)
  const result = op(tree)
  if (!result.ok) throw new Error(result.reason)
  return drawTree(buildTree(applyChangeToNodes(nodes, result.change)))
}

const draw = (text: string) => text.trim().replace(/^ {6}/gm, '')

describe('tree operations', () => {
  it('inserts a sibling after a node', () => {
    const result = run(start, (tree) =>
      insertNode(
        tree,
        { id: 'N', planId: 'p', title: 'N', body: null },
        positionAfter(tree, 'A1')!,
      ),
    )
    expect(result).toBe(
      draw(`
      A
        A1
        N
        A2
          A2x
      B
        B1
      C`),
    )
  })

  it('indents a node under its previous sibling, with its subtree', () => {
    expect(run(start, (tree) => indentNode(tree, 'A2'))).toBe(
      draw(`
      A
        A1
          A2
            A2x
      B
        B1
      C`),
    )
  })

  it('refuses to indent a first child', () => {
    const { tree } = treeFromSketch(start)
    expect(indentNode(tree, 'A1').ok).toBe(false)
  })

  it('outdents a node to right after its parent', () => {
    expect(run(start, (tree) => outdentNode(tree, 'A1'))).toBe(
      draw(`
      A
        A2
          A2x
      A1
      B
        B1
      C`),
    )
  })

  it('refuses to outdent a chapter', () => {
    const { tree } = treeFromSketch(start)
    expect(outdentNode(tree, 'A').ok).toBe(false)
  })

  it('moves a chapter down and up with its subtree', () => {
    expect(run(start, (tree) => moveNodeBy(tree, 'A', 1))).toBe(
      draw(`
      B
        B1
      A
        A1
        A2
          A2x
      C`),
    )
    expect(run(start, (tree) => moveNodeBy(tree, 'C', -1))).toBe(
      draw(`
      A
        A1
        A2
          A2x
      C
      B
        B1`),
    )
    const { tree } = treeFromSketch(start)
    expect(moveNodeBy(tree, 'A', -1).ok).toBe(false)
    expect(moveNodeBy(tree, 'C', 1).ok).toBe(false)
  })

  it('moves a chapter above another (a drag before B)', () => {
    expect(run(start, (tree) => moveNodes(tree, ['C'], { parentId: null, index: 1 }))).toBe(
      draw(`
      A
        A1
        A2
          A2x
      C
      B
        B1`),
    )
  })

  it('moves a node into another chapter', () => {
    expect(run(start, (tree) => moveNodes(tree, ['A2'], { parentId: 'B', index: 0 }))).toBe(
      draw(`
      A
        A1
      B
        A2
          A2x
        B1
      C`),
    )
  })

  it('refuses a move into its own subtree (a cycle)', () => {
    const { tree } = treeFromSketch(start)
    const result = moveNodes(tree, ['A'], { parentId: 'A2x', index: 0 })
    expect(result.ok).toBe(false)
    expect(moveNodes(tree, ['A'], { parentId: 'A', index: 0 }).ok).toBe(false)
  })

  it('a move to where the node already is changes nothing', () => {
    const { tree } = treeFromSketch(start)
    const result = moveNodes(tree, ['B'], { parentId: null, index: 1 })
    expect(result.ok && result.change.updated.length).toBe(0)
    const after = moveNodes(tree, ['B'], { parentId: null, index: 2 })
    expect(after.ok && after.change.updated.length).toBe(0)
  })

  it('deletes a subtree and focuses the next sibling', () => {
    const { tree } = treeFromSketch(start)
    const result = deleteSubtree(tree, 'A')
    expect(result.ok && result.change.removed.map((node) => node.id)).toEqual([
      'A',
      'A1',
      'A2',
      'A2x',
    ])
    expect(result.ok && result.focusId).toBe('B')
    expect(run(start, (t) => deleteSubtree(t, 'A2'))).toBe(
      draw(`
      A
        A1
      B
        B1
      C`),
    )
  })

  it('duplicates a subtree right after the original, with new ids', () => {
    let counter = 0
    const { tree, nodes } = treeFromSketch(start)
    const result = duplicateSubtree(tree, 'A2', () => `copy${++counter}`)
    if (!result.ok) throw new Error(result.reason)
    expect(result.change.added.map((node) => node.id)).toEqual(['copy1', 'copy2'])
    expect(result.change.added[1].parentId).toBe('copy1')
    expect(drawTree(buildTree(applyChangeToNodes(nodes, result.change)))).toBe(
      draw(`
      A
        A1
        A2
          A2x
        A2
          A2x
      B
        B1
      C`),
    )
  })

  it('an inverted patch restores the tree exactly', () => {
    const { tree, nodes } = treeFromSketch(start)
    for (const op of [
      () => deleteSubtree(tree, 'A'),
      () => indentNode(tree, 'B'),
      () => moveNodes(tree, ['C'], { parentId: 'A2', index: 0 }),
      () => duplicateSubtree(tree, 'A', () => Math.random().toString(36)),
    ]) {
      const result = op()
      if (!result.ok) throw new Error(result.reason)
      const changed = applyChangeToNodes(nodes, result.change)
      const restored = applyChangeToNodes(changed, invertChange(result.change))
      expect(drawTree(buildTree(restored))).toBe(drawTree(tree))
    }
  })
})

describe('order keys', () => {
  it('stay unique and sorted after many inserts between the same two nodes', () => {
    let nodes: OutlineNode[] = treeFromSketch('X\nY').nodes
    for (let i = 0; i < 500; i++) {
      const tree = buildTree(nodes)
      const result = insertNode(
        tree,
        { id: `n${i}`, planId: 'p', title: `n${i}`, body: null },
        { parentId: null, index: 1 },
      )
      if (!result.ok) throw new Error(result.reason)
      nodes = applyChangeToNodes(nodes, result.change)
    }
    const keys = buildTree(nodes)
      .childrenOf.get(null)!
      .map((node) => node.orderKey)
    expect(new Set(keys).size).toBe(502)
    expect([...keys].sort()).toEqual(keys)
    const titles = buildTree(nodes)
      .childrenOf.get(null)!
      .map((node) => node.title)
    expect(titles[0]).toBe('X')
    expect(titles[1]).toBe('n499')
    expect(titles.at(-1)).toBe('Y')
  })

  it('keysBetween gives n increasing keys', () => {
    const keys = keysBetween(undefined, undefined, 5)
    expect([...keys].sort()).toEqual(keys)
  })
})

describe('drop position', () => {
  it('splits a row into before / inside / after', () => {
    expect(dropZoneAt(2, 32)).toBe('before')
    expect(dropZoneAt(16, 32)).toBe('inside')
    expect(dropZoneAt(30, 32)).toBe('after')
  })

  it('maps zones to positions and refuses a drop into the own subtree', () => {
    const { tree } = treeFromSketch(start)
    expect(dropPosition(tree, ['C'], 'B', 'before')).toEqual({ parentId: null, index: 1 })
    expect(dropPosition(tree, ['C'], 'A1', 'after')).toEqual({ parentId: 'A', index: 1 })
    expect(dropPosition(tree, ['C'], 'A', 'inside')).toEqual({ parentId: 'A', index: 2 })
    expect(dropPosition(tree, ['A'], 'A2x', 'inside')).toBeNull()
    expect(dropPosition(tree, ['A'], 'A', 'before')).toBeNull()
  })
})

describe('the outline depth limit (LIMITS.outlineDepth)', () => {
  // L1 … L12: a chain twelve levels deep, and a sibling chapter S with one child.
  const chain = Array.from({ length: 12 }, (_, level) => `${'  '.repeat(level)}L${level + 1}`)
  const deep = [...chain, 'S', '  S1'].join('\n')

  it('refuses to add a thirteenth level, and allows the twelfth', () => {
    const { tree } = treeFromSketch(deep)
    const node = { id: 'N', planId: 'p', title: 'N', body: null }
    expect(insertNode(tree, node, { parentId: 'L12', index: 0 })).toEqual({
      ok: false,
      reason: '大纲最多 12 级，不能再往下',
    })
    expect(insertNode(tree, node, { parentId: 'L11', index: 0 }).ok).toBe(true)
  })

  it('refuses a move or an indent that takes a subtree past it', () => {
    const { tree } = treeFromSketch(deep)
    // S spans two levels: under L10 it would reach level 12, under L11 level 13.
    expect(moveNodes(tree, ['S'], { parentId: 'L10', index: 0 }).ok).toBe(true)
    expect(moveNodes(tree, ['S'], { parentId: 'L11', index: 0 })).toMatchObject({ ok: false })
    const indented = treeFromSketch([...chain, '  ' + 'X'].join('\n'))
    // X is a sibling of L2 (level 2); Tab would put it under L2 at level 3: allowed.
    expect(indentNode(indented.tree, 'X').ok).toBe(true)
  })
})
