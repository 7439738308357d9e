import { generateKeyBetween } from 'fractional-indexing'
import { describe, expect, it } from 'vitest'
import { seededBelow } from '../../test/seededRandom'
import { rebuildTree } from './rebuildTree'
import { buildTree, type Tree } from './tree'
import type { OutlineNode } from './types'

const random = seededBelow

/** The tree as plain lists, parents in sorted order: what two trees must agree on. */
function shape(tree: Tree) {
  const lists = [...tree.childrenOf]
    .map(([parent, children]) => [parent ?? '', children.map((node) => node)] as const)
    .filter(([, children]) => children.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return { byId: new Map([...tree.byId].sort(([a], [b]) => (a < b ? -1 : 1))), lists }
}

function plan(size: number, next: (below: number) => number): OutlineNode[] {
  const nodes: OutlineNode[] = []
  for (let index = 0; index < size; index++) {
    const parentId = index < 3 || next(4) === 0 ? null : `n${String(next(index)).padStart(3, '0')}`
    nodes.push({
      id: `n${String(index).padStart(3, '0')}`,
      planId: 'p',
      parentId,
      orderKey: generateKeyBetween(null, null) + String.fromCharCode(97 + next(20)),
      title: `t${index}`,
      body: null,
    })
  }
  return nodes
}

describe('rebuildTree', () => {
  it('gives the tree buildTree gives after moves, renames, orphans and equal keys', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed)
      let nodes = plan(40, next)
      let previous = { nodes, tree: buildTree(nodes) }
      for (let step = 0; step < 6; step++) {
        const changes = 1 + next(4)
        nodes = [...nodes]
        for (let change = 0; change < changes; change++) {
          const index = next(nodes.length)
          const node = nodes[index]
          const kind = next(4)
          nodes[index] =
            kind === 0
              ? { ...node, title: `${node.title}!` }
              : kind === 1
                ? { ...node, parentId: next(3) === 0 ? null : nodes[next(nodes.length)].id }
                : kind === 2
                  ? { ...node, parentId: 'missing' }
                  : { ...node, orderKey: nodes[next(nodes.length)].orderKey }
        }
        const tree = rebuildTree(previous, nodes)
        expect(shape(tree), `seed ${seed}, step ${step}`).toEqual(shape(buildTree(nodes)))
        previous = { nodes, tree }
      }
    }
  })

  it('leaves the previous tree as it was and gives it back when nothing changed', () => {
    const nodes = plan(30, random(7))
    const tree = buildTree(nodes)
    const before = shape(tree)
    const moved = [...nodes]
    moved[10] = { ...moved[10], parentId: null, orderKey: 'Zz' }
    rebuildTree({ nodes, tree }, moved)
    expect(shape(tree)).toEqual(before)
    expect(rebuildTree({ nodes, tree }, [...nodes])).toBe(tree)
  })

  it('builds anew when rows were added, removed or many changed', () => {
    const nodes = plan(100, random(3))
    const tree = buildTree(nodes)
    const fewer = nodes.slice(1)
    expect(shape(rebuildTree({ nodes, tree }, fewer))).toEqual(shape(buildTree(fewer)))
    const retitled = nodes.map((node) => ({ ...node, title: 'x' }))
    expect(shape(rebuildTree({ nodes, tree }, retitled))).toEqual(shape(buildTree(retitled)))
  })
})
