import { describe, expect, it } from 'vitest'
import { exportFileName } from './exportFileName'

describe('exportFileName', () => {
  it('keeps a title that already has the year', () => {
    expect(exportFileName({ title: '某某镇总工会2026年工作计划', year: 2026 }, 'docx')).toBe(
      '某某镇总工会2026年工作计划.docx',
    )
  })

  it('puts the year before the kind of document', () => {
    expect(exportFileName({ title: '某某镇总工会工作计划', year: 2026 }, 'docx')).toBe(
      '某某镇总工会2026年工作计划.docx',
    )
    expect(exportFileName({ title: '镇人大工作要点', year: 2025 }, 'txt')).toBe(
      '镇人大2025年工作要点.txt',
    )
    expect(exportFileName({ title: '工作计划', year: 2026 }, 'md')).toBe('2026年工作计划.md')
  })

  it('appends the year to other titles and removes characters file systems refuse', () => {
    expect(exportFileName({ title: '关于职工书屋/建设', year: 2026 }, 'json')).toBe(
      '关于职工书屋建设2026年.json',
    )
  })

  it('does not add a year to a title with a 20xx slot', () => {
    expect(exportFileName({ title: '20xx年工会工作计划', year: 2026 }, 'docx')).toBe(
      '20xx年工会工作计划.docx',
    )
  })
})
