import { describe, expect, it } from 'vitest'
import { inferLevels } from './inferLevels'

const styles = (...names: string[]) => names.map((style) => ({ style }))

describe('inferLevels: from the order styles first appear', () => {
  it('一、 → 1、: two levels', () => {
    expect(inferLevels(styles('一、', '1.', '1.', '一、', '1.'))).toEqual([1, 2, 2, 1, 2])
  })

  it('一、 → （一） → 1. → （1）: the standard four levels', () => {
    expect(inferLevels(styles('一、', '（一）', '1.', '（1）', '1.', '（一）', '一、'))).toEqual([
      1, 2, 3, 4, 3, 2, 1,
    ])
  })

  it('一、 → 一是, and 一要 in a later chapter is a level below the chapter too', () => {
    expect(inferLevels(styles('一、', '一是', '一是', '一、', '一要', '一要'))).toEqual([
      1, 2, 2, 1, 2, 2,
    ])
  })

  it('a style seen before at level k returns to level k', () => {
    expect(inferLevels(styles('（一）', '1.', '①', '（一）', '①'))).toEqual([1, 2, 3, 1, 3])
  })

  it('Word outline levels take precedence, and fix the level of a style first seen on them', () => {
    expect(
      inferLevels([
        { style: '一、', outlineLevel: 1 },
        { style: '（一）' },
        { outlineLevel: 2 },
        { style: '1.' },
        { style: '一、' },
        { style: '1.', outlineLevel: 2 },
      ]),
    ).toEqual([1, 2, 2, 3, 1, 2])
  })
})
