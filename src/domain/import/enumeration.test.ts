import { describe, expect, it } from 'vitest'
import { findItemStart, isInlineEnumeration, runOnItemStarts } from './enumeration'

describe('enumerations inside a paragraph', () => {
  it('一是……。二是……。 in one paragraph is inline', () => {
    expect(isInlineEnumeration('一是加强学习。二是改进作风。三是服务职工。', '一是', 1)).toBe(true)
    expect(isInlineEnumeration('一是加强学习，不是二是。', '一是', 1)).toBe(false)
    expect(isInlineEnumeration('一是加强学习。二要改进作风。', '一是', 1)).toBe(false)
  })

  it('finds the next item after a sentence end only', () => {
    expect(findItemStart('三是甲。 四是乙。', '一是', 4)).toBe(5)
    expect(findItemStart('三是甲，四是乙。', '一是', 4)).toBe(-1)
    expect(findItemStart('（三）甲。（四）乙', '（一）', 4)).toBe(5)
  })

  it('lists every run-on item after the first', () => {
    expect(runOnItemStarts('三是甲。四是乙。五是丙。', '一是', 3)).toEqual([4, 8])
    expect(runOnItemStarts('三是甲。五是乙。', '一是', 3)).toEqual([])
  })
})
