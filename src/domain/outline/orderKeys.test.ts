import { generateKeyBetween } from 'fractional-indexing'
import { describe, expect, it } from 'vitest'
import { isValidOrderKey, keyBetween, repairOrderKeys } from './orderKeys'
import { buildTree, flattenTree } from './tree'
import type { OutlineNode } from './types'

/** Rows as the old e2e fixture wrote them: keys `a000001`, `a000002`, … per parent. */
function paddedRows(spec: [id: string, parentId: string | null][]): OutlineNode[] {
  const counters = new Map<string | null, number>()
  return spec.map(([id, parentId]) => {
    const count = (counters.get(parentId) ?? 0) + 1
    counters.set(parentId, count)
    return {
      id,
      planId: 'p',
      parentId,
      orderKey: `a${String(count).padStart(6, '0')}`,
      title: id,
      body: null,
    }
  })
}

const order = (nodes: readonly OutlineNode[]) =>
  flattenTree(buildTree(nodes)).map((row) => row.node.id)

describe('order keys', () => {
  it('tells keys fractional-indexing accepts from ones it refuses', () => {
    expect(isValidOrderKey('a0')).toBe(true)
    expect(isValidOrderKey(generateKeyBetween('a0', 'a1'))).toBe(true)
    expect(isValidOrderKey('a000010')).toBe(false)
    expect(isValidOrderKey('a000001')).toBe(true)
    expect(isValidOrderKey('')).toBe(false)
    expect(isValidOrderKey('hello')).toBe(false)
    // The trap: an insert between two such siblings throws.
    expect(() => generateKeyBetween('a000009', 'a000010')).toThrow()
  })

  it('regenerates a sibling list with an invalid key, keeping its order', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `c${index + 1}`)
    const rows = paddedRows([...ids.map((id): [string, null] => [id, null]), ['k1', 'c10']])
    expect(rows.find((row) => row.id === 'c10')!.orderKey).toBe('a000010')
    const repaired = repairOrderKeys(rows)
    expect(order(repaired)).toEqual(order(rows))
    expect(repaired.every((row) => isValidOrderKey(row.orderKey))).toBe(true)
    // The lone child's list was fine and is left as it was.
    expect(repaired.find((row) => row.id === 'k1')).toBe(rows.find((row) => row.id === 'k1'))
    // Inserting next to the former `a000010` now works.
    const siblings = buildTree(repaired).childrenOf.get(null)!
    const c10 = siblings.findIndex((row) => row.id === 'c10')
    const key = keyBetween(siblings[c10 - 1], siblings[c10])
    expect(siblings[c10 - 1].orderKey < key && key < siblings[c10].orderKey).toBe(true)
  })

  it("regenerates a list with the same key twice, in the tree's order (then by id)", () => {
    const rows: OutlineNode[] = ['b', 'a', 'c'].map((id) => ({
      id,
      planId: 'p',
      parentId: null,
      orderKey: id === 'c' ? 'a1' : 'a0',
      title: id,
      body: null,
    }))
    const repaired = repairOrderKeys(rows)
    expect(order(repaired)).toEqual(['a', 'b', 'c'])
    const keys = buildTree(repaired)
      .childrenOf.get(null)!
      .map((row) => row.orderKey)
    expect(new Set(keys).size).toBe(3)
  })

  it('returns valid rows unchanged', () => {
    const rows: OutlineNode[] = [
      { id: 'x', planId: 'p', parentId: null, orderKey: 'a0', title: 'x', body: null },
      { id: 'y', planId: 'p', parentId: null, orderKey: 'a1', title: 'y', body: null },
    ]
    const repaired = repairOrderKeys(rows)
    expect(repaired).toEqual(rows)
    repaired.forEach((row, index) => expect(row).toBe(rows[index]))
  })
})
