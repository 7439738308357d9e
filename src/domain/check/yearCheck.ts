import { yearPhraseAround, type YearPhrase } from '../rollover/yearPhrases'
import { findingAt } from './context'
import type { CheckedField, CheckFix, Finding } from './types'

/** A year in ASCII or full-width digits, or in Chinese numerals (`二〇二五`, only before 年). */
const YEAR_WRITTEN =
  '[12１２][0-9０-９]{3}|(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=\\s*年)'
const YEAR = new RegExp(`(?<![0-9０-９])(?:${YEAR_WRITTEN})(?![0-9０-９])`, 'g')
/** `—2027年` after a year (with or without its own 年): the year is the start of a range. */
const RANGE_END = new RegExp(`^\\s*年?\\s*(?:[—–\\-－~～〜]{1,2}|至|到)\\s*(${YEAR_WRITTEN})\\s*年`)
const YEAR_END = /^\s*年/

// The same words as the roll-over's (domain/rollover/rollYears.ts), so the check reports what
// the roll-over left as undecided and not what it calls history.
/** `2016年版`, `2018年以来`, `2018年修订的…`: the year is written as history. */
const HISTORY_AFTER = /^\s*(?:版|以来|来|以前|之前|至今|修正|修订|修改|颁布|印发|发布|公布|通过)/
/** `自2018年`, `从2015年`, `成立于1998年`. */
const HISTORY_BEFORE = /(?:自|从|始于|成立于|建于|创建于|组建于)\s*$/
/** `《工会法》（2021年修正）`: the year of a law or document cited. */
const CITATION_BEFORE = /》\s*[（(][^（()）]*$/

export interface YearSettings {
  year: number
  keptYears?: readonly number[]
  comparisonYears?: readonly number[]
}

/** `X年是/为……`: the sentence says what the year is (not only that it is near the phrase). */
const SAYS_WHAT = /^\s*年?[^0-9０-９]*?(?:是|为|作为|系)/

/** Whether the text around a year says it is history (not a year to move on). */
export function isHistoryYear(before: string, after: string): boolean {
  if (HISTORY_AFTER.test(after) || HISTORY_BEFORE.test(before) || CITATION_BEFORE.test(before))
    return true
  // Inside a title in 《…》: `《2023年工作报告》`.
  return before.lastIndexOf('《') > before.lastIndexOf('》')
}

/**
 * Years (`2025年`, `2025—2027年`) that are neither the plan year nor accepted: left over from
 * last year's plan. A range is fine when it includes the plan year; a year written as history
 * (see isHistoryYear), kept as history (keptYears) or a comparison year (comparisonYears, not
 * in a sentence that says what its year is: `2025年是“十四五”收官之年` is no comparison) is not
 * reported. Earlier years are warnings, later ones hints (a plan may set targets for the years
 * after it). A year said to be a period's first or last year that is not (`2027年是“十五五”
 * 开局之年`) is reported whatever the plan year.
 */
export function checkYears(field: CheckedField, plan: YearSettings): Finding[] {
  const findings: Finding[] = []
  const kept = new Set(plan.keptYears ?? [])
  const compared = new Set(plan.comparisonYears ?? [])
  const { text } = field
  YEAR.lastIndex = 0
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) {
    const from = match.index
    const start = yearValue(match[0])
    if (start < 1900 || start > 2099) continue
    const rest = text.slice(from + match[0].length)
    const range = RANGE_END.exec(rest)
    const single = range ? null : YEAR_END.exec(rest)
    if (!range && !single) continue
    const length = match[0].length + (range ?? single)![0].length
    const end = range ? yearValue(range[1]) : start
    // The range's second year is part of this finding, not a finding of its own.
    if (range) YEAR.lastIndex = from + length
    const written = text.slice(from, from + length)
    const phrase = range ? null : yearPhraseAround(text, from, from + length)
    const wrong = phrase && saysWhatYear(text, from + match[0].length, phrase, start)
    if (wrong) {
      findings.push(findingAt(field, 'year', 'warning', from, from + length, wrong))
      continue
    }
    if (start <= plan.year && plan.year <= end) continue
    if (kept.has(start)) continue
    if (!phrase && compared.has(start)) continue
    if (isHistoryYear(text.slice(0, from), text.slice(from + length))) continue
    const earlier = start < plan.year
    const keep: CheckFix = {
      label: earlier ? '保留为历史年份' : '保留此年份',
      kind: 'keepYear',
      year: start,
    }
    const compare: CheckFix = { label: '作为对比年份', kind: 'comparisonYear', year: start }
    findings.push({
      ...findingAt(
        field,
        'year',
        earlier ? 'warning' : 'hint',
        from,
        from + length,
        phrase
          ? `“${written}”不是计划年度（${plan.year}年）：此句说的是${start}年（${phrase.says}），属实请保留为历史年份，否则请改写`
          : `“${written}”不是计划年度（${plan.year}年）${earlier ? '，可能是去年遗留的' : ''}`,
        keep,
      ),
      // A base of comparison (`比2025年增长`) is not history: its own choice.
      ...(earlier && !range && !phrase && { moreFixes: [compare] }),
    })
  }
  return findings
}

/**
 * Why `X年是“十五五”规划的开局之年` is false (the period's first year is another), or null: the
 * year comes before the phrase, with 是 / 为 between and no other year.
 */
function saysWhatYear(text: string, yearEnd: number, phrase: YearPhrase, year: number) {
  if (phrase.trueOf === null || phrase.trueOf === year || phrase.start < yearEnd) return null
  if (!SAYS_WHAT.test(text.slice(yearEnd, phrase.start))) return null
  return `${phrase.says}是${phrase.trueOf}年，不是${year}年`
}

const CHINESE_DIGITS = '〇一二三四五六七八九'

/** 2025 from `2025`, `２０２５` or `二〇二五`. */
export function yearValue(written: string): number {
  let value = 0
  for (const character of written) {
    const code = character.charCodeAt(0)
    let digit: number
    if (code >= 0xff10 && code <= 0xff19) digit = code - 0xff10
    else if (character === '零' || character === '○') digit = 0
    else if (CHINESE_DIGITS.includes(character)) digit = CHINESE_DIGITS.indexOf(character)
    else digit = code - 48
    value = value * 10 + digit
  }
  return value
}
