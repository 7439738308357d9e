import { emptyChange, type PlanChange } from '../outline/planChange'
import { docText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { applyTextEdits } from './richEdits'
import { locateEntry, type RolloverEntry, type RolloverPlace } from './rolloverReport'
import { yearValue } from './rollYears'

/** The plain text of the field an entry is in; null when its item is gone. */
export function placeText(
  plan: Pick<Plan, 'title' | 'preamble'>,
  node: Pick<OutlineNode, 'title' | 'body'> | undefined,
  place: RolloverPlace,
): string | null {
  if (place.field === 'planTitle') return plan.title
  if (place.field === 'preamble') return docText(plan.preamble)
  if (!node) return null
  return place.field === 'title' ? node.title : docText(node.body)
}

/**
 * The change that makes one entry read `target` (撤销此处: the source's text; 改为新年度: the
 * new one), that occurrence only; marks in a body are kept. A string: why it cannot be done.
 */
export function entryFixChange(
  plan: Plan,
  node: OutlineNode | undefined,
  entry: RolloverEntry,
  target: 'original' | 'replacement',
): PlanChange | string {
  const put = target === 'original' ? entry.original : entry.replacement
  const now = target === 'original' ? entry.replacement : entry.original
  if (!put) return '此处没有可改为的年份'
  const text = placeText(plan, node, entry.place)
  if (text === null) return '条目已被删除'
  const start = locateEntry(text, entry, now)
  if (start === null) {
    if (locateEntry(text, entry, put) !== null) return emptyChange()
    return '此处文字已被修改，找不到原来的年份'
  }
  const edit = { start, end: start + now.length, text: put }
  const change = emptyChange()
  const { place } = entry
  if (place.field === 'planTitle') {
    const title = text.slice(0, edit.start) + put + text.slice(edit.end)
    change.plan = { before: { title: plan.title }, after: { title } }
  } else if (place.field === 'preamble') {
    if (!plan.preamble) return '开头段落已被删除'
    const preamble = applyTextEdits(plan.preamble, [edit])
    change.plan = { before: { preamble: plan.preamble }, after: { preamble } }
  } else if (node && place.field === 'title') {
    const title = text.slice(0, edit.start) + put + text.slice(edit.end)
    change.updated.push({ before: node, after: { ...node, title } })
  } else if (node?.body) {
    change.updated.push({
      before: node,
      after: { ...node, body: applyTextEdits(node.body, [edit]) },
    })
  } else return '条目正文已被清空'
  return change
}

/** The plan's kept history years with `years` added (sorted, no repeats). */
export function withKeptYears(kept: readonly number[] | undefined, years: readonly number[]) {
  return [...new Set([...(kept ?? []), ...years])].sort((a, b) => a - b)
}

/** The plan's lists of years the plan check accepts: history (and targets), comparisons. */
export type YearList = 'keptYears' | 'comparisonYears'

/**
 * `years` added to (accept) or taken from one of the plan's lists, as a plan-field change;
 * null when the list stays as it is. An emptied list is removed.
 */
export function yearListChange(
  plan: Pick<Plan, YearList>,
  list: YearList,
  years: readonly number[],
  accept: boolean,
): { before: Partial<Pick<Plan, YearList>>; after: Partial<Pick<Plan, YearList>> } | null {
  const now = plan[list] ?? []
  const next = accept ? withKeptYears(now, years) : now.filter((year) => !years.includes(year))
  if (next.length === now.length) return null
  return { before: { [list]: plan[list] }, after: { [list]: next.length ? next : undefined } }
}

/**
 * What the plan check must accept once an entry reads its offer (改为“2025”): last year's
 * base moved on is a comparison year, the year after the plan year a target (kept). The plan
 * year, a range with it and a period need nothing.
 */
export function offeredYear(entry: RolloverEntry): { list: YearList; year: number } | null {
  if (entry.kind !== 'lastYear' && entry.kind !== 'laterYear') return null
  const year = yearValue(entry.replacement)
  if (year === null || !entry.replacement) return null
  return { list: entry.kind === 'lastYear' ? 'comparisonYears' : 'keptYears', year }
}

/**
 * entryFixChange, and the offered year accepted by the plan check with it (改为“2025”), or no
 * longer (撤销此处, unless `stillUsed`: another place reads that year from the report too).
 */
export function entryDecisionChange(
  plan: Plan,
  node: OutlineNode | undefined,
  entry: RolloverEntry,
  target: 'original' | 'replacement',
  stillUsed = false,
): PlanChange | string {
  const change = entryFixChange(plan, node, entry, target)
  if (typeof change === 'string') return change
  const offered = offeredYear(entry)
  if (!offered || (target === 'original' && stillUsed)) return change
  const years = yearListChange(plan, offered.list, [offered.year], target === 'replacement')
  if (!years) return change
  const fields = change.plan ?? { before: {}, after: {} }
  return {
    ...change,
    plan: {
      before: { ...fields.before, ...years.before },
      after: { ...fields.after, ...years.after },
    },
  }
}
