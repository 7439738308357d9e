import { describe, expect, it } from 'vitest'
import { checkHalfWidth, checkPeriods } from './punctuationCheck'
import { checkSlots } from './slotCheck'
import { checkTitlePeriod, checkTypedNumber } from './titleCheck'
import type { CheckedField, Finding, TextEdit } from './types'
import { checkYears } from './yearCheck'

const body = (text: string): CheckedField => ({ nodeId: 'A', field: 'body', text, where: '一、A' })
const title = (text: string): CheckedField => ({ ...body(text), field: 'title' })

/** What each finding points at, as the user would see it selected. */
const marked = (text: string, findings: Finding[]) =>
  findings.map((finding) => text.slice(finding.from, finding.to))

/** The text after a finding's fix. */
function fixed(text: string, finding: Finding): string {
  const edits: TextEdit[] = [...(finding.fix?.edits ?? [])].sort((a, b) => b.from - a.from)
  for (const edit of edits) {
    expect(text.slice(edit.from, edit.to)).toBe(edit.before)
    text = text.slice(0, edit.from) + edit.after + text.slice(edit.to)
  }
  return text
}

describe('slots', () => {
  it('reports every ×× as an error, with its context', () => {
    const text = '组织××名职工参加培训，由××负责'
    const findings = checkSlots(body(text))
    expect(marked(text, findings)).toEqual(['××', '××'])
    expect(findings[0]).toMatchObject({ kind: 'slot', severity: 'error', message: '待填写：“××”' })
    expect(findings[0].context).toContain('组织××名职工')
    const [second] = findings.slice(1)
    expect(second.context.slice(...second.mark)).toBe('××')
    expect(second.context.slice(0, second.mark[0])).toBe('…×名职工参加培训，由')
  })

  it('every kind of placeholder the shared definition knows is reported', () => {
    const text = '20xx年×月召开{{单位}}第xx届会员代表大会'
    expect(marked(text, checkSlots(body(text)))).toEqual(['20xx年×月', '{{单位}}', 'xx'])
  })

  it('a filled text has none', () => {
    expect(checkSlots(body('组织100名职工参加培训'))).toEqual([])
  })
})

describe('years', () => {
  const plan = { year: 2026 }
  const years = (
    text: string,
    settings: { year: number; keptYears?: number[]; comparisonYears?: number[] } = plan,
  ) => marked(text, checkYears(body(text), settings))

  it('a year other than the plan year is reported; earlier ones as left over', () => {
    const text = '2026年，全面完成2025年确定的目标，到2027年底建成'
    const findings = checkYears(body(text), plan)
    expect(marked(text, findings)).toEqual(['2025年', '2027年'])
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      fix: { kind: 'keepYear', year: 2025 },
    })
    expect(findings[0].message).toBe('“2025年”不是计划年度（2026年），可能是去年遗留的')
    expect(findings[1].severity).toBe('hint')
  })

  it('a range that includes the plan year is fine; one that does not is one finding', () => {
    expect(years('2026—2028年三年行动；2024—2026年规划')).toEqual([])
    expect(years('落实2023—2025年行动计划')).toEqual(['2023—2025年'])
    expect(years('落实2023年—2025年行动计划')).toEqual(['2023年—2025年'])
  })

  it('years written as history are left alone', () => {
    expect(
      years(
        '执行2016年版标准；自2018年以来；从2015年起；依照《工会法》（2021年修正）和《2024年工作报告》；2018年修订的条例',
      ),
    ).toEqual([])
  })

  it('years in full-width digits or Chinese numerals count too', () => {
    expect(years('二〇二五年工作回顾，２０２５年成绩；二〇二六年目标')).toEqual([
      '二〇二五年',
      '２０２５年',
    ])
    expect(years('2018年至今；组建于1998年')).toEqual([])
  })

  it('an earlier year offers 保留为历史年份 and 作为对比年份; a later one 保留此年份', () => {
    const [earlier, later] = checkYears(body('比2025年增长12%，到2028年底建成'), plan)
    expect(earlier.fix).toMatchObject({ label: '保留为历史年份', kind: 'keepYear', year: 2025 })
    expect(earlier.moreFixes).toEqual([
      { label: '作为对比年份', kind: 'comparisonYear', year: 2025 },
    ])
    expect(later.fix).toMatchObject({ label: '保留此年份', kind: 'keepYear', year: 2028 })
    expect(later.moreFixes).toBeUndefined()
  })

  it('a comparison year is accepted, except in a sentence that says what its year is', () => {
    const settings = { year: 2027, comparisonYears: [2026] }
    expect(years('比2026年提高5%', settings)).toEqual([])
    // `2026年是“十五五”开局之年` is about 2026, not a base: still reported, with no 作为对比年份.
    const text = '2026年是“十五五”规划的开局之年。比2026年提高5%。'
    const findings = checkYears(body(text), settings)
    expect(marked(text, findings)).toEqual(['2026年'])
    expect(findings[0].moreFixes).toBeUndefined()
    expect(findings[0].message).toBe(
      '“2026年”不是计划年度（2027年）：此句说的是2026年（“十五五”的开局之年），属实请保留为历史年份，否则请改写',
    )
    expect(years(text, { ...settings, keptYears: [2026] })).toEqual([])
  })

  it('a year said to be a period’s first or last year that is not is reported', () => {
    const wrong = '2027年是“十五五”规划的开局之年'
    const [finding] = checkYears(body(wrong), { year: 2027 })
    expect(finding).toMatchObject({ severity: 'warning', from: 0, to: 5 })
    expect(finding.message).toBe('“十五五”的开局之年是2026年，不是2027年')
    expect(finding.fix).toBeUndefined()
    expect(years('2030年是“十五五”收官之年；2026年为“十五五”开局之年', { year: 2026 })).toEqual([
      '2030年',
    ])
    expect(years('2025年是“十四五”收官之年', { year: 2025 })).toEqual([])
    // The year only near the phrase, not said to be it: the usual rules.
    expect(years('2027年，要巩固“十五五”开局成果', { year: 2027 })).toEqual([])
  })

  it('kept years are not reported; numbers that are no year of 年 are not years', () => {
    expect(years('2025年成绩显著', { year: 2026, keptYears: [2025] })).toEqual([])
    expect(years('发放2025元慰问金，编号20251年')).toEqual([])
  })
})

describe('half-width punctuation', () => {
  const half = (text: string) => marked(text, checkHalfWidth(body(text)))

  it('reports , ; : ( ) next to Chinese, and fixes them to full width', () => {
    const text = '加强学习,提高素质;时间:全年(含节假日)'
    const findings = checkHalfWidth(body(text))
    expect(marked(text, findings)).toEqual([',', ';', ':', '(含节假日)'])
    expect(findings.reduce((result, finding) => fixed(result, finding), text)).toBe(
      '加强学习，提高素质；时间：全年（含节假日）',
    )
    expect(findings[0].message).toBe('中文里用了半角“,”，应为全角“，”')
  })

  it('leaves numbers, times, URLs and Latin text alone', () => {
    expect(half('共1,000人，9:30开始')).toEqual([])
    expect(half('详见https://example.com/a,b(c)页面')).toEqual([])
    expect(half('口号是Hello, world (2025)')).toEqual([])
  })

  it('brackets around Latin inside Chinese are reported as a pair', () => {
    expect(half('加入世界贸易组织(WTO)后')).toEqual(['(WTO)'])
  })
})

describe('mixed 。/.', () => {
  const periods = (text: string) => marked(text, checkPeriods(body(text)))

  it('a . ending a Chinese sentence is reported and fixed to 。', () => {
    const text = '加强学习.提高素质。'
    const findings = checkPeriods(body(text))
    expect(marked(text, findings)).toEqual(['.'])
    expect(fixed(text, findings[0])).toBe('加强学习。提高素质。')
  })

  it('decimals, numbering, ellipses and Latin are not', () => {
    expect(periods('增长3.5个百分点')).toEqual([])
    expect(periods('1.组织培训')).toEqual([])
    expect(periods('等等...')).toEqual([])
    expect(periods('see www.acftu.org.cn 网站')).toEqual([])
  })
})

describe('titles', () => {
  it('a typed number is reported with the automatic one, and the fix removes it', () => {
    const field = title('（一）加强思想引领')
    const [finding] = checkTypedNumber(field, '（二）')
    expect(finding.message).toBe('标题里手写了序号“（一）”，序号会自动生成（自动序号为“（二）”）')
    expect(fixed(field.text, finding)).toBe('加强思想引领')
  })

  it('recognises each numbering style typed by hand', () => {
    for (const [typed, left] of [
      ['一、总体要求', '总体要求'],
      ['1. 组织培训', '组织培训'],
      ['（1）建立台账', '建立台账'],
      ['①开展活动', '开展活动'],
      ['一是加强学习', '加强学习'],
    ]) {
      const [finding] = checkTypedNumber(title(typed), '')
      expect(fixed(typed, finding)).toBe(left)
    }
  })

  it('titles that only look like numbers are left alone', () => {
    for (const text of ['3.15维权宣传', '2025年工作回顾', '七一表彰', '一把手工程', '第一书记'])
      expect(checkTypedNumber(title(text), '')).toEqual([])
  })

  it('a title ending in 。 is reported and the fix removes the 。', () => {
    const [finding] = checkTitlePeriod(title('加强组织领导。'))
    expect(finding.message).toBe('标题以“。”结尾')
    expect(fixed('加强组织领导。', finding)).toBe('加强组织领导')
    expect(checkTitlePeriod(title('加强组织领导'))).toEqual([])
  })
})
