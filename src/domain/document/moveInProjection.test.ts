import { generateKeyBetween } from 'fractional-indexing'
import { describe, expect, it } from 'vitest'
import { seededBelow } from '../../test/seededRandom'
import { moveInProjection } from './moveInProjection'
import type { NodeRecordValues } from './planDocument'
import { projectTree } from './projectTree'

const random = seededBelow

const KEYS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']

/** Records of a sound tree (each parent listed before its children), some of them deleted. */
function recordsOf(size: number, next: (below: number) => number): NodeRecordValues[] {
  const records: NodeRecordValues[] = []
  const used = new Map<string | null, Set<string>>()
  for (let index = 0; index < size; index++) {
    const parentId = index < 3 || next(3) === 0 ? null : records[next(index)].id
    const keys = used.get(parentId) ?? new Set<string>()
    used.set(parentId, keys)
    const free = KEYS.filter((key) => !keys.has(key))
    const orderKey = free.length ? free[next(free.length)] : generateKeyBetween('a7', null)
    keys.add(orderKey)
    records.push({
      id: `n${String(index).padStart(2, '0')}`,
      parentId,
      orderKey: keys.size > KEYS.length ? `${orderKey}${index}` : orderKey,
      previousParentId: null,
      title: '',
      deletedAt: next(12) === 0 ? 1 : null,
    })
  }
  return records
}

describe('moveInProjection', () => {
  it('gives the projection projectTree gives, or null, for any one record moved', () => {
    let fast = 0
    let cases = 0
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed)
      const records = recordsOf(30, next)
      let projection = projectTree(records)
      for (let step = 0; step < 8; step++) {
        const index = next(records.length)
        const record = records[index]
        const choice = next(10)
        const parentId =
          choice < 3 ? null : choice === 3 ? record.id : records[next(records.length)].id
        const keyChoice = next(8)
        const between = next(KEYS.length - 1)
        const orderKey =
          keyChoice === 0
            ? 'a00'
            : keyChoice === 1
              ? KEYS[next(KEYS.length)]
              : generateKeyBetween(KEYS[between], KEYS[between + 1]) +
                String.fromCharCode(98 + next(20))
        records[index] = { ...record, parentId, orderKey }
        const map = new Map(records.map((each) => [each.id, each]))
        const moved = moveInProjection(projection, map, record.id)
        const full = projectTree(records)
        cases++
        if (moved) {
          fast++
          expect(moved.nodes, `seed ${seed}, step ${step}`).toEqual(full.nodes)
          expect(moved.hidden).toEqual(full.hidden)
          expect(moved.repair).toEqual(full.repair)
        }
        projection = full
        // Repaired trees are left as the projection made them (records keep what they hold).
        if (full.repair.rekeyed.length + full.repair.reparented.length > 0) break
      }
    }
    // The quick way is taken often enough to be tested (not only the refusals).
    expect(fast).toBeGreaterThan(cases / 5)
  })

  it('refuses a move into its own subtree and a key equal to a deleted sibling’s', () => {
    const records: NodeRecordValues[] = [
      {
        id: 'a',
        parentId: null,
        orderKey: 'a0',
        previousParentId: null,
        title: '',
        deletedAt: null,
      },
      {
        id: 'b',
        parentId: 'a',
        orderKey: 'a0',
        previousParentId: null,
        title: '',
        deletedAt: null,
      },
      { id: 'c', parentId: null, orderKey: 'a1', previousParentId: null, title: '', deletedAt: 5 },
      {
        id: 'd',
        parentId: null,
        orderKey: 'a2',
        previousParentId: null,
        title: '',
        deletedAt: null,
      },
    ]
    const projection = projectTree(records)
    const map = new Map(records.map((record) => [record.id, record]))
    map.set('a', { ...records[0], parentId: 'b' })
    expect(moveInProjection(projection, map, 'a')).toBeNull()
    map.set('a', records[0])
    map.set('d', { ...records[3], orderKey: 'a1' })
    expect(moveInProjection(projection, map, 'd')).toBeNull()
    map.set('d', { ...records[3], orderKey: 'Zz' })
    expect(moveInProjection(projection, map, 'd')?.nodes.map((node) => node.id)).toEqual([
      'd',
      'a',
      'b',
    ])
  })
})
