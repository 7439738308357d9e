import { describe, expect, it } from 'vitest'
import { planMarker, splitPlans } from './splitPlans'

describe('planMarker', () => {
  it('finds 【篇一】 and its variants', () => {
    expect(planMarker('【篇一】')).toEqual({ name: '篇一', rest: '' })
    expect(planMarker('【篇十二】某镇工作计划')).toEqual({ name: '篇十二', rest: '某镇工作计划' })
    expect(planMarker('[范文2]')).toEqual({ name: '范文2', rest: '' })
    expect(planMarker('【第三篇】')).toEqual({ name: '第三篇', rest: '' })
  })

  it('ignores other bracketed text', () => {
    expect(planMarker('【打印】')).toBeNull()
    expect(planMarker('一、【篇一】')).toBeNull()
  })
})

describe('splitPlans', () => {
  it('segment 0 holds what comes before the first marker', () => {
    const segments = splitPlans(['标题', '【篇一】', '甲', '【篇二】', '乙'], (line) => line)
    expect(segments.map((segment) => [segment.marker?.name ?? null, segment.lines])).toEqual([
      [null, ['标题']],
      ['篇一', ['【篇一】', '甲']],
      ['篇二', ['【篇二】', '乙']],
    ])
  })

  it('no marker: one segment', () => {
    expect(splitPlans(['甲', '乙'], (line) => line)).toEqual([
      { marker: null, lines: ['甲', '乙'] },
    ])
  })
})
