import { describe, expect, it } from 'vitest'
import { outlineDepth } from '../outline/outlineDepth'
import { LIMITS } from './limits'
import { objectNesting } from './objectNesting'
import { planLimitProblem } from './planLimitProblem'

/** A chain of `depth` items: n0 > n1 > n2 > … */
const chain = (depth: number) =>
  Array.from({ length: depth }, (_, index) => ({
    id: `n${index}`,
    parentId: index === 0 ? null : `n${index - 1}`,
  }))

/** A body `depth` objects deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = { type: 'text', text: '深' }
  for (let level = 1; level < depth; level++) value = { type: 'paragraph', content: [value] }
  return value
}

describe('objectNesting', () => {
  it('counts objects, not arrays: doc > paragraph > text is 3', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] }
    expect(objectNesting(doc, 16)).toBe(3)
    expect(objectNesting(null, 16)).toBe(0)
  })

  it('stops past the limit on a body 100,000 deep, without overflowing the stack', () => {
    expect(objectNesting(nested(100_000), 16)).toBe(17)
  })
})

describe('outlineDepth', () => {
  it('is linear and recursion-free on a chain 100,000 deep; orphans and cycles end', () => {
    expect(outlineDepth(chain(100_000))).toBe(100_000)
    expect(outlineDepth([{ id: 'a', parentId: 'missing' }])).toBe(1)
    expect(
      outlineDepth([
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ]),
    ).toBe(2)
  })
})

describe('planLimitProblem', () => {
  it('names the first limit broken', () => {
    expect(planLimitProblem(chain(LIMITS.outlineDepth))).toBeNull()
    expect(planLimitProblem(chain(LIMITS.outlineDepth + 1))).toBe('outlineDepth')
    expect(planLimitProblem(chain(6_000))).toBe('outlineDepth')
    const many = Array.from({ length: LIMITS.itemsPerPlan + 1 }, (_, index) => ({
      id: `n${index}`,
      parentId: null,
    }))
    expect(planLimitProblem(many)).toBe('itemsPerPlan')
    expect(planLimitProblem([{ id: 'a', parentId: null, body: nested(17) }])).toBe('bodyNesting')
    expect(planLimitProblem([], nested(100_000))).toBe('bodyNesting')
    expect(planLimitProblem([{ id: 'a', parentId: null, body: nested(16) }])).toBeNull()
  })
})
