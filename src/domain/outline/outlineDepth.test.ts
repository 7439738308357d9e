import { describe, expect, it } from 'vitest'
import { outlineDepth } from './outlineDepth'

const chain = (levels: number) =>
  Array.from({ length: levels }, (_, level) => ({
    id: `n${level}`,
    parentId: level ? `n${level - 1}` : null,
  }))

describe('outlineDepth', () => {
  it('counts a chapter as 1 and each level under it', () => {
    expect(outlineDepth([])).toBe(0)
    expect(
      outlineDepth([
        { id: 'a', parentId: null },
        { id: 'a1', parentId: 'a' },
        { id: 'b', parentId: null },
        { id: 'a1x', parentId: 'a1' },
      ]),
    ).toBe(3)
  })

  it('reads rows in any order, and a chain of 100,000 without recursion', () => {
    expect(outlineDepth(chain(5).reverse())).toBe(5)
    expect(outlineDepth(chain(100_000).reverse())).toBe(100_000)
  })
})
