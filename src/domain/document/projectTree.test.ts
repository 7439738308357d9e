import { describe, expect, it } from 'vitest'
import type { NodeRecordValues } from './planDocument'
import { projectTree } from './projectTree'
import { seededRandom } from '../../test/seededRandom'

/** Random records: parents anywhere (cycles, orphans), keys duplicated or unusable, some deleted. */
function randomRecords(seed: number, count: number): NodeRecordValues[] {
  const next = seededRandom(seed)
  const ids = Array.from({ length: count }, (_, index) => `n${index}`)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  return ids.map((id) => ({
    id,
    parentId: next() < 0.25 ? null : next() < 0.05 ? 'gone' : pick(ids),
    previousParentId: next() < 0.5 ? null : pick(ids),
    orderKey: pick(['a0', 'a1', 'a2', 'a0V', '', 'bad']),
    title: id,
    deletedAt: next() < 0.1 ? 1 : null,
  }))
}

/** The tree's invariants, whatever the records: each visible node once, its parent visible. */
function sound(projection: ReturnType<typeof projectTree>, records: NodeRecordValues[]) {
  const ids = projection.nodes.map((node) => node.id)
  expect(new Set(ids).size).toBe(ids.length)
  const position = new Map(ids.map((id, index) => [id, index]))
  for (const node of projection.nodes) {
    if (node.parentId !== null)
      expect(position.get(node.parentId)).toBeLessThan(position.get(node.id)!)
  }
  expect(ids.length + projection.hidden.size).toBe(records.length)
}

describe('projectTree', () => {
  it('without a cycle, repairs no cycle and the tree is sound', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const records = randomRecords(seed, 20)
      // The same records with every parent pointing up the id order: never a cycle.
      const acyclic = records.map((record, index) => ({
        ...record,
        parentId: record.parentId === null || index === 0 ? null : `n${seed % index}`,
      }))
      const projection = projectTree(acyclic)
      expect(projection.repair.reparented.filter((r) => r.reason === 'cycle')).toEqual([])
      sound(projection, acyclic)
    }
  })

  it('with cycles, breaks every one and the tree is sound', () => {
    let cycles = 0
    for (let seed = 1; seed <= 200; seed++) {
      const records = randomRecords(seed, 20)
      const projection = projectTree(records)
      cycles += projection.repair.reparented.filter((r) => r.reason === 'cycle').length
      sound(projection, records)
      // The same records in another order: the same tree (a function of the records alone).
      expect(projectTree([...records].reverse()).nodes).toEqual(projection.nodes)
    }
    expect(cycles).toBeGreaterThan(50)
  })
})
