import { describe, expect, it } from 'vitest'
import { remapIds } from './remapIds'

const counter = () => {
  let n = 0
  return () => `new${++n}`
}

describe('remapIds', () => {
  const rows = [
    { id: 'a', planId: 'p', parentId: null, title: '一', orderKey: 'a0' },
    { id: 'b', planId: 'p', parentId: 'a', title: '二', orderKey: 'a0' },
    { id: 'c', planId: 'p', parentId: 'b', title: '三', orderKey: 'a1' },
  ]

  it('gives every row a new id and moves it to the new plan, keeping other fields', () => {
    const copied = remapIds(rows, 'q', counter())
    expect(copied).toEqual([
      { id: 'new1', planId: 'q', parentId: null, title: '一', orderKey: 'a0' },
      { id: 'new2', planId: 'q', parentId: 'new1', title: '二', orderKey: 'a0' },
      { id: 'new3', planId: 'q', parentId: 'new2', title: '三', orderKey: 'a1' },
    ])
  })

  it('makes a row whose parent is not in the list a root, and leaves the input untouched', () => {
    const copied = remapIds([rows[2]], 'q', counter())
    expect(copied[0].parentId).toBeNull()
    expect(rows[2]).toEqual({ id: 'c', planId: 'p', parentId: 'b', title: '三', orderKey: 'a1' })
  })

  it('never reuses an old id', () => {
    const copied = remapIds(rows, 'q', () => crypto.randomUUID())
    const old = new Set(rows.map((row) => row.id))
    expect(copied.some((row) => old.has(row.id) || old.has(row.parentId ?? ''))).toBe(false)
  })
})
