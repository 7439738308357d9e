import { describe, expect, it } from 'vitest'
import { applyChangeToNodes } from './applyChangeToNodes'
import { drawTree } from './drawTree'
import { buildTree } from './tree'
import { findTreeProblems, hasTreeProblems, repairTree } from './treeInvariants'
import type { OutlineNode } from './types'

const row = (id: string, parentId: string | null, orderKey: string): OutlineNode => ({
  id,
  planId: 'p',
  parentId,
  orderKey,
  title: id,
  body: null,
})

describe('tree invariants', () => {
  it('a sound tree has no problems and needs no change', () => {
    const nodes = [row('A', null, 'a0'), row('A1', 'A', 'a0'), row('B', null, 'a1')]
    expect(hasTreeProblems(findTreeProblems(nodes))).toBe(false)
    expect(repairTree(nodes).updated).toEqual([])
  })

  it('finds orphans, cycles and bad order keys', () => {
    const nodes = [
      row('A', null, 'a0'),
      row('O', 'gone', 'a0'),
      row('X', 'Y', 'a0'),
      row('Y', 'X', 'a0'),
      row('Y1', 'Y', 'a1'),
      row('B', null, 'a0'),
    ]
    expect(findTreeProblems(nodes)).toEqual({
      orphans: ['O'],
      cycles: ['X', 'Y', 'Y1'],
      badKeys: [null],
    })
  })

  it('repairs: orphans and a broken cycle become chapters at the end, keys made unique', () => {
    const nodes = [
      row('A', null, 'a0'),
      row('B', null, 'a0'),
      row('O', 'gone', 'a0'),
      row('X', 'Y', 'a0'),
      row('Y', 'X', 'a1'),
      row('Y1', 'Y', 'a0'),
    ]
    const repaired = applyChangeToNodes(nodes, repairTree(nodes))
    expect(hasTreeProblems(findTreeProblems(repaired))).toBe(false)
    // Nothing is lost: every row is in the drawn tree.
    //   A, B (keys repaired, order kept by id), O, then the cycle broken at one row.
    const drawn = drawTree(buildTree(repaired))
    expect(
      drawn
        .split('\n')
        .map((line) => line.trim())
        .sort(),
    ).toEqual(['A', 'B', 'O', 'X', 'Y', 'Y1'].sort())
    expect(drawn.startsWith('A\nB\nO\n')).toBe(true)
    expect(repaired.filter((node) => node.parentId === null)).toHaveLength(4)
  })
})
