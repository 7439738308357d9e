import { describe, expect, it } from 'vitest'
import { indexAt, prefixOffsets, segmentsFor, windowRange } from './virtualWindow'

// 10 items of 10px, except item 3 which is 40px:
//   0:0 1:10 2:20 3:30..70 4:70 5:80 6:90 7:100 8:110 9:120 end:130
const offsets = prefixOffsets(10, (index) => (index === 3 ? 40 : 10))

describe('prefixOffsets / indexAt', () => {
  it('sums sizes into tops, the last entry being the height', () => {
    expect(Array.from(offsets)).toEqual([0, 10, 20, 30, 70, 80, 90, 100, 110, 120, 130])
  })

  it('finds the item covering a position, clamped to the list', () => {
    expect(indexAt(offsets, 0)).toBe(0)
    expect(indexAt(offsets, 9.9)).toBe(0)
    expect(indexAt(offsets, 10)).toBe(1)
    expect(indexAt(offsets, 69)).toBe(3)
    expect(indexAt(offsets, 70)).toBe(4)
    expect(indexAt(offsets, -5)).toBe(0)
    expect(indexAt(offsets, 1000)).toBe(9)
    expect(
      indexAt(
        prefixOffsets(0, () => 10),
        50,
      ),
    ).toBe(0)
  })
})

describe('windowRange', () => {
  it('covers the viewport and the overscan on both sides', () => {
    expect(windowRange(offsets, 30, 70, 0)).toEqual({ start: 3, end: 5 })
    expect(windowRange(offsets, 75, 95, 10)).toEqual({ start: 3, end: 8 })
  })

  it('stays within the list at either end', () => {
    expect(windowRange(offsets, 0, 15, 100)).toEqual({ start: 0, end: 9 })
    expect(windowRange(offsets, 0, 15, 200)).toEqual({ start: 0, end: 10 })
    expect(windowRange(offsets, 500, 600, 0)).toEqual({ start: 9, end: 10 })
    expect(
      windowRange(
        prefixOffsets(0, () => 10),
        0,
        100,
        10,
      ),
    ).toEqual({ start: 0, end: 0 })
  })

  it('renders a bounded number of rows in a list of 10,000', () => {
    const rows = prefixOffsets(10_000, () => 36)
    const range = windowRange(rows, 180_000, 180_000 + 750, 400)
    expect(range.end - range.start).toBeLessThanOrEqual(
      Math.ceil(750 / 36) + 2 * Math.ceil(400 / 36) + 2,
    )
    expect(range.start).toBe(Math.floor((180_000 - 400) / 36))
  })
})

describe('segmentsFor', () => {
  it('puts spacers of the left-out items around the window', () => {
    expect(segmentsFor(offsets, { start: 4, end: 6 }, [])).toEqual([
      { kind: 'gap', start: 0, end: 4, size: 70 },
      { kind: 'items', start: 4, end: 6 },
      { kind: 'gap', start: 6, end: 10, size: 40 },
    ])
  })

  it('renders pinned items where they are, outside the window, in order', () => {
    expect(segmentsFor(offsets, { start: 4, end: 6 }, [9, 1])).toEqual([
      { kind: 'gap', start: 0, end: 1, size: 10 },
      { kind: 'items', start: 1, end: 2 },
      { kind: 'gap', start: 2, end: 4, size: 50 },
      { kind: 'items', start: 4, end: 6 },
      { kind: 'gap', start: 6, end: 9, size: 30 },
      { kind: 'items', start: 9, end: 10 },
    ])
  })

  it('merges pinned items touching the window and ignores ones out of the list', () => {
    expect(segmentsFor(offsets, { start: 4, end: 6 }, [6, 3, 5, -1, 42])).toEqual([
      { kind: 'gap', start: 0, end: 3, size: 30 },
      { kind: 'items', start: 3, end: 7 },
      { kind: 'gap', start: 7, end: 10, size: 30 },
    ])
  })

  it('the spacers and items always add up to the whole list', () => {
    const segments = segmentsFor(offsets, { start: 2, end: 3 }, [7])
    const covered = segments.flatMap((segment) =>
      Array.from({ length: segment.end - segment.start }, (_, i) => segment.start + i),
    )
    expect(covered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('an empty list has no segments', () => {
    expect(
      segmentsFor(
        prefixOffsets(0, () => 1),
        { start: 0, end: 0 },
        [0],
      ),
    ).toEqual([])
  })
})
