import { describe, expect, it } from 'vitest'
import { inferLevels } from './inferLevels'

const styles = (...names: string[]) => names.map((style) => ({ style }))

describe('inferLevels: from the parent actually present', () => {
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

  it('a style open above returns to its level; one not open nests below the heading on top', () => {
    // ① under 1. is level 3; the second ① sits directly under （一）, so it is level 2 there.
    expect(inferLevels(styles('（一）', '1.', '①', '（一）', '①'))).toEqual([1, 2, 3, 1, 2])
  })

  it('1、 directly under 一、 is level 2, and 1、 under （一） is level 3, in the same plan', () => {
    expect(
      inferLevels(styles('一、', '1.', '1.', '一、', '（一）', '1.', '1.', '（一）', '一、', '1.')),
    ).toEqual([1, 2, 2, 1, 2, 3, 3, 2, 1, 2])
  })

  it('1、 first seen under （一） and later directly under 一、 is level 2 there', () => {
    expect(inferLevels(styles('一、', '（一）', '1.', '一、', '1.', '1.'))).toEqual([
      1, 2, 3, 1, 2, 2,
    ])
  })

  it('a sibling closes the deeper headings open under the one before it', () => {
    expect(inferLevels(styles('一、', '（一）', '1.', '（1）', '（一）', '（1）', '一、'))).toEqual(
      [1, 2, 3, 4, 2, 3, 1],
    )
  })

  it('headings without a style nest under the one above', () => {
    expect(inferLevels([{ style: '一、' }, {}, {}, { style: '一、' }])).toEqual([1, 2, 3, 1])
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
