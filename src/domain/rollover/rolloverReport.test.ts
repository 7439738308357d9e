import { describe, expect, it } from 'vitest'
import { checkYears } from '../check/yearCheck'
import type { PlanChange } from '../outline/planChange'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import type { Plan } from '../outline/types'
import { entryDecisionChange, offeredYear, yearListChange } from './entryFix'
import {
  countDecisions,
  entryDecision,
  entryState,
  locateEntry,
  type RolloverEntry,
} from './rolloverReport'
import { rollYears } from './rollYears'

const SOURCE = '2026年是“十五五”规划的开局之年。比2025年提高5%。到2026年底完成。'

/** A 2027 plan made from a 2026 one whose title was SOURCE, and its report's entries. */
function rolled() {
  const result = rollYears(SOURCE, { fromYear: 2026, toYear: 2027 })
  const entries: RolloverEntry[] = [...result.replaced, ...result.left]
    .sort((a, b) => a.start - b.start)
    .map((occurrence, index) => ({
      ...occurrence,
      id: String(index),
      place: { field: 'planTitle' },
    }))
  const plan: Plan = {
    id: 'p',
    title: result.text,
    unit: '',
    year: 2027,
    numbering: DEFAULT_NUMBERING,
    preamble: null,
    createdAt: 0,
    updatedAt: 0,
    charCount: 0,
  }
  return { plan, entries }
}

/** The plan-row fields of a change (or of a year-list change) applied. */
function apply(plan: Plan, change: PlanChange | PlanChange['plan'] | string | null): Plan {
  if (!change || typeof change === 'string') throw new Error(String(change))
  const fields = 'after' in change ? change : change.plan
  return { ...plan, ...fields?.after }
}

/** Each entry's decision, as `original decision`. */
const decisions = (plan: Plan, entries: RolloverEntry[]) =>
  entries.map(
    (entry) => `${entry.original} ${entryDecision(entry, entryState(plan.title, entry), plan)}`,
  )

/** What the plan check reports in the title: the years it marks. */
const checked = (plan: Plan) =>
  checkYears(
    { nodeId: 'planTitle', field: 'title', text: plan.title, where: '计划标题' },
    plan,
  ).map((finding) => plan.title.slice(finding.from, finding.to))

/** The places the report leaves open that carry a year: what the check must report. */
const openYears = (plan: Plan, entries: RolloverEntry[]) =>
  entries
    .filter((entry) => entry.years.length > 0)
    .filter((entry) => entryDecision(entry, entryState(plan.title, entry), plan) === 'open')
    .map((entry) => {
      const at = locateEntry(plan.title, entry, entry.original)!
      return plan.title.slice(at, at + entry.original.length + 1)
    })

describe('the roll-over report and the plan check agree at every decision', () => {
  it('开局之年 left, 改为“2026” a comparison year, kept as history, each undone', () => {
    let { plan } = rolled()
    const { entries } = rolled()
    const [milestone, lastYear] = entries
    // 2027年是……开局之年 would be false: the copy still reads 2026, the report and check say so.
    expect(plan.title).toBe('2026年是“十五五”规划的开局之年。比2025年提高5%。到2027年底完成。')
    expect(decisions(plan, entries)).toEqual(['2026 open', '2025 open', '2026 replaced'])
    expect(checked(plan)).toEqual(['2026年', '2025年'])
    expect(openYears(plan, entries)).toEqual(checked(plan))
    expect(
      countDecisions(
        entries.map((entry) => entryDecision(entry, entryState(plan.title, entry), plan)),
      ),
    ).toEqual({ replaced: 1, kept: 0, compared: 0, open: 2, edited: 0 })

    // 改为“2026”: the text and the comparison year in one change; the check accepts 2026 there
    // but not in the 开局之年 sentence, which is about 2026 and still open.
    expect(offeredYear(lastYear)).toEqual({ list: 'comparisonYears', year: 2026 })
    const compared = apply(plan, entryDecisionChange(plan, undefined, lastYear, 'replacement'))
    expect(compared.title).toContain('比2026年提高5%')
    expect(compared.comparisonYears).toEqual([2026])
    expect(decisions(compared, entries)).toEqual(['2026 open', '2025 replaced', '2026 replaced'])
    expect(checked(compared)).toEqual(['2026年'])
    expect(openYears(compared, entries)).toEqual(checked(compared))

    // 保留为历史年份 for the 开局之年 sentence: nothing open, nothing reported.
    plan = apply(compared, yearListChange(compared, 'keptYears', milestone.years, true))
    expect(decisions(plan, entries)).toEqual(['2026 kept', '2025 replaced', '2026 replaced'])
    expect(checked(plan)).toEqual([])
    // 取消保留: open and reported again.
    const unkept = apply(plan, yearListChange(plan, 'keptYears', milestone.years, false))
    expect(unkept.keptYears).toBeUndefined()
    expect(checked(unkept)).toEqual(['2026年'])

    // 撤销此处 of 改为“2026”: the text goes back and 2026 is no comparison year any more.
    const undone = apply(unkept, entryDecisionChange(unkept, undefined, lastYear, 'original'))
    expect(undone.title).toBe(rolled().plan.title)
    expect(undone.comparisonYears).toBeUndefined()
    expect(checked(undone)).toEqual(['2026年', '2025年'])
    // …unless another place still reads it.
    const shared = entryDecisionChange(unkept, undefined, lastYear, 'original', true)
    expect(apply(unkept, shared).comparisonYears).toEqual([2026])
  })

  it('作为对比年份 keeps last year as written, apart from 保留为历史年份', () => {
    const { plan, entries } = rolled()
    const lastYear = entries[1]
    const compared = apply(plan, yearListChange(plan, 'comparisonYears', lastYear.years, true))
    expect(compared.comparisonYears).toEqual([2025])
    expect(compared.keptYears).toBeUndefined()
    expect(decisions(compared, entries)[1]).toBe('2025 compared')
    expect(checked(compared)).toEqual(['2026年'])
  })

  it('改为新年度 on the 开局之年 sentence: the check then says it is false', () => {
    const { plan, entries } = rolled()
    // Nothing offered: the report cannot write 2027 there; typed by hand, the check reports it.
    expect(entries[0].replacement).toBe('')
    const typed = { ...plan, title: plan.title.replace('2026年是', '2027年是') }
    expect(decisions(typed, entries)[0]).toBe('2026 edited')
    const [finding] = checkYears(
      { nodeId: 'planTitle', field: 'title', text: typed.title, where: '计划标题' },
      typed,
    )
    expect(finding.message).toBe('“十五五”的开局之年是2026年，不是2027年')
  })
})
