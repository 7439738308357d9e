// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIRST_STEP, useDrawnInSteps } from './useDrawnInSteps'

/** One frame and the task after it: the next step is drawn. */
const nextStep = () =>
  act(() => {
    vi.advanceTimersByTime(20)
  })

describe('useDrawnInSteps', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] }))
  afterEach(() => vi.useRealTimers())

  it('draws a short list at once', () => {
    const { result } = renderHook(() => useDrawnInSteps(12))
    expect(result.current).toBe(12)
  })

  it('draws a long list a step per frame until all of it is drawn, never more', () => {
    const { result } = renderHook(() => useDrawnInSteps(200))
    expect(result.current).toBe(FIRST_STEP)
    const seen = [result.current]
    for (let frame = 0; frame < 10; frame++) {
      nextStep()
      seen.push(result.current)
    }
    expect(seen.slice(0, 4)).toEqual([FIRST_STEP, FIRST_STEP * 2, FIRST_STEP * 3, 200])
    expect(seen.at(-1)).toBe(200)
  })

  it('draws at once as far as the row moved to, and goes on from there when asked for more', () => {
    const { result, rerender } = renderHook(({ count, at }) => useDrawnInSteps(count, at), {
      initialProps: { count: 400, at: -1 },
    })
    expect(result.current).toBe(FIRST_STEP)
    rerender({ count: 400, at: 300 })
    expect(result.current).toBe(301)
    rerender({ count: 800, at: 300 })
    nextStep()
    expect(result.current).toBeGreaterThan(301)
    expect(result.current).toBeLessThan(800)
    for (let frame = 0; frame < 20; frame++) nextStep()
    expect(result.current).toBe(800)
  })
})
