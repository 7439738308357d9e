import { findingAt } from './context'
import type { CheckedField, Finding } from './types'

const YEAR = /(?<![0-9０-９])(?:19|20)[0-9]{2}(?![0-9０-９])/g
/** `—2027年` after a year (with or without its own 年): the year is the start of a range. */
const RANGE_END = /^\s*年?\s*[—–\-~～至到]{1,2}\s*((?:19|20)[0-9]{2})\s*年/
const YEAR_END = /^\s*年/

/** `2016年版`, `2018年以来`, `2018年修订的…`: the year is written as history. */
const HISTORY_AFTER = /^\s*(?:版|以来|以前|之前|修正|修订|颁布|印发|通过)/
/** `自2018年`, `从2015年`, `成立于1998年`. */
const HISTORY_BEFORE = /(?:自|从|始于|成立于|建于|创建于)\s*$/
/** `《工会法》（2021年修正）`: the year of a law or document cited. */
const CITATION_BEFORE = /》\s*[（(][^（()）]*$/

export interface YearSettings {
  year: number
  keptYears?: readonly number[]
}

/** Whether the text around a year says it is history (not a year to move on). */
export function isHistoryYear(before: string, after: string): boolean {
  if (HISTORY_AFTER.test(after) || HISTORY_BEFORE.test(before) || CITATION_BEFORE.test(before))
    return true
  // Inside a title in 《…》: `《2023年工作报告》`.
  return before.lastIndexOf('《') > before.lastIndexOf('》')
}

/**
 * Years (`2025年`, `2025—2027年`) that are neither the plan year nor kept as history: left over
 * from last year's plan. A range is fine when it includes the plan year; a year written as
 * history (see isHistoryYear) or listed in the plan's keptYears is not reported. Earlier years
 * are warnings, later ones hints (a plan may set targets for the years after it).
 */
export function checkYears(field: CheckedField, plan: YearSettings): Finding[] {
  const findings: Finding[] = []
  const kept = new Set(plan.keptYears ?? [])
  const { text } = field
  YEAR.lastIndex = 0
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) {
    const from = match.index
    const start = Number(match[0])
    const rest = text.slice(from + 4)
    const range = RANGE_END.exec(rest)
    const single = range ? null : YEAR_END.exec(rest)
    if (!range && !single) continue
    const length = 4 + (range ?? single)![0].length
    const end = range ? Number(range[1]) : start
    // The range's second year is part of this finding, not a finding of its own.
    if (range) YEAR.lastIndex = from + length
    if (start <= plan.year && plan.year <= end) continue
    if (kept.has(start)) continue
    if (isHistoryYear(text.slice(0, from), text.slice(from + length))) continue
    const written = text.slice(from, from + length)
    const earlier = start < plan.year
    findings.push(
      findingAt(
        field,
        'year',
        earlier ? 'warning' : 'hint',
        from,
        from + length,
        `“${written}”不是计划年度（${plan.year}年）${earlier ? '，可能是去年遗留的' : ''}`,
        { label: '保留为历史年份', kind: 'keepYear', year: start },
      ),
    )
  }
  return findings
}
