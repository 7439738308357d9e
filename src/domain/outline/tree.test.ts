import { describe, expect, it } from 'vitest'
import { buildTree, flattenTree, subtreeOf } from './tree'
import type { OutlineNode } from './types'

const row = (id: string, parentId: string | null): OutlineNode => ({
  id,
  planId: 'p',
  parentId,
  orderKey: 'a0',
  title: id,
  body: null,
})

describe('flattenTree and subtreeOf on damaged, huge plans', () => {
  it('list a chain 20,000 deep in order with levels, without recursion', () => {
    const nodes = Array.from({ length: 20_000 }, (_, index) =>
      row(`n${index}`, index === 0 ? null : `n${index - 1}`),
    )
    const rows = flattenTree(buildTree(nodes))
    expect(rows).toHaveLength(20_000)
    expect(rows[19_999]).toMatchObject({ level: 20_000, index: 0, hasChildren: false })
    expect(subtreeOf(buildTree(nodes), 'n0')).toHaveLength(20_000)
  })

  it('keep document order and sibling indexes', () => {
    //  a          b
    //  ├─ a1      (b has none)
    //  └─ a2
    //     └─ a21
    const nodes = [
      row('b', null),
      { ...row('a', null), orderKey: 'Zz' },
      row('a1', 'a'),
      { ...row('a2', 'a'), orderKey: 'a1' },
      row('a21', 'a2'),
    ]
    const rows = flattenTree(buildTree(nodes))
    expect(rows.map(({ node, level, index }) => `${node.id}:${level}:${index}`)).toEqual([
      'a:1:0',
      'a1:2:0',
      'a2:2:1',
      'a21:3:0',
      'b:1:1',
    ])
    expect(flattenTree(buildTree(nodes), new Set(['a'])).map(({ node }) => node.id)).toEqual([
      'a',
      'b',
    ])
  })

  it('lists a chapter of 150,000 items (no spread of them as arguments)', () => {
    const nodes = [row('c', null), ...Array.from({ length: 150_000 }, (_, i) => row(`i${i}`, 'c'))]
    expect(subtreeOf(buildTree(nodes), 'c')).toHaveLength(150_001)
  })
})
