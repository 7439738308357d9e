import { describe, expect, it } from 'vitest'
import { EDGE, edgeScrollStep } from './edgeScroll'

describe('edgeScrollStep', () => {
  it('does not scroll away from the edges', () => {
    expect(edgeScrollStep(400, 100, 800)).toBe(0)
    expect(edgeScrollStep(100 + EDGE, 100, 800)).toBe(0)
  })

  it('scrolls up near the top and down near the bottom, faster closer to the edge', () => {
    expect(edgeScrollStep(110, 100, 800)).toBeLessThan(0)
    expect(edgeScrollStep(795, 100, 800)).toBeGreaterThan(0)
    expect(edgeScrollStep(799, 100, 800)).toBeGreaterThan(edgeScrollStep(800 - EDGE + 2, 100, 800))
  })

  it('leaves a pane too short to have edges alone', () => {
    expect(edgeScrollStep(101, 100, 200)).toBe(0)
  })
})
