import type { YearOccurrence } from './rollYears'

/** Where an occurrence is: the plan's title, its preamble, or one item's title or body. */
export type RolloverPlace =
  | { field: 'planTitle' }
  | { field: 'preamble' }
  | { field: 'title'; nodeId: string }
  | { field: 'body'; nodeId: string }

/** One year the roll-over replaced or left; offsets are in the field's plain text (docText). */
export interface RolloverEntry extends YearOccurrence {
  id: string
  place: RolloverPlace
}

/**
 * What 复制为新年度计划 did, kept with the new plan (settings `rolloverReport:<planId>`) so the
 * user can come back to it. Whether an entry now reads the old or the new text is not stored:
 * it is read from the plan's text (so undo and redo show in the report by themselves).
 */
export interface RolloverReport {
  version: 1
  planId: string
  sourcePlanId: string
  sourceTitle: string
  fromYear: number
  toYear: number
  keepBodies: boolean
  createdAt: number
  entries: RolloverEntry[]
}

/** A stored value is a report this version can show (a backup may hold anything). */
export function isRolloverReport(value: unknown): value is RolloverReport {
  if (typeof value !== 'object' || value === null) return false
  const report = value as Partial<RolloverReport>
  return (
    report.version === 1 &&
    typeof report.fromYear === 'number' &&
    typeof report.toYear === 'number' &&
    Array.isArray(report.entries) &&
    report.entries.every(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.start === 'number' &&
        typeof entry.original === 'string' &&
        typeof entry.replacement === 'string' &&
        typeof entry.place === 'object' &&
        entry.place !== null,
    )
  )
}

const CONTEXT_MATCH = 4
/** Years change in the context too (a neighbour made or undone): compare with digits masked. */
const mask = (text: string) => text.replace(/[0-9０-９xXｘＸ×〇零○]/g, '#')

/**
 * Where `written` stands for this entry in `text` now: at the recorded offset, or (after edits
 * before it) the occurrence whose neighbouring characters match the recorded context, nearest
 * the recorded offset. null: the text there has been changed.
 */
export function locateEntry(text: string, entry: RolloverEntry, written: string): number | null {
  if (!written) return null
  if (text.slice(entry.start, entry.start + written.length) === written) return entry.start
  const before = mask(entry.before.slice(-CONTEXT_MATCH))
  const after = mask(entry.after.slice(0, CONTEXT_MATCH))
  let best: number | null = null
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    const end = at + written.length
    if (mask(text.slice(Math.max(0, at - before.length), at)) !== before) continue
    if (mask(text.slice(end, end + after.length)) !== after) continue
    if (best === null || Math.abs(at - entry.start) < Math.abs(best - entry.start)) best = at
  }
  return best
}

/** What the plan reads at an entry now: the source's text, the new text, or neither (edited). */
export type EntryState = 'original' | 'replacement' | 'edited'

export function entryState(text: string | null, entry: RolloverEntry): EntryState {
  if (text === null) return 'edited'
  if (entry.replacement && locateEntry(text, entry, entry.replacement) !== null)
    return 'replacement'
  return locateEntry(text, entry, entry.original) !== null ? 'original' : 'edited'
}

/** Where, in words, for the report: 计划标题, 开头段落, or the item's title. */
export function placeLabel(place: RolloverPlace, itemTitle: (nodeId: string) => string | null) {
  if (place.field === 'planTitle') return '计划标题'
  if (place.field === 'preamble') return '开头段落'
  const title = itemTitle(place.nodeId)
  if (title === null) return '（条目已删除）'
  return `${title || '未命名条目'}${place.field === 'title' ? ' · 标题' : ' · 正文'}`
}

/**
 * Where the user stands on an entry, for its status and the report's counts: replaced (it
 * reads the new text), kept as history or a target (keptYears), a comparison year
 * (comparisonYears; never for a sentence that says what its year is), open, or edited.
 * The same lists the plan check reads, so the report and the check agree.
 */
export type EntryDecision = 'replaced' | 'kept' | 'compared' | 'open' | 'edited'

export function entryDecision(
  entry: RolloverEntry,
  state: EntryState,
  plan: { keptYears?: readonly number[]; comparisonYears?: readonly number[] },
): EntryDecision {
  if (state === 'edited') return 'edited'
  if (state === 'replacement') return 'replaced'
  const { years } = entry
  if (years.length === 0) return 'open'
  if (years.every((year) => plan.keptYears?.includes(year))) return 'kept'
  if (entry.kind !== 'milestone' && years.every((year) => plan.comparisonYears?.includes(year)))
    return 'compared'
  return 'open'
}

/** How many entries stand where: the report's header. */
export function countDecisions(decisions: Iterable<EntryDecision>) {
  const counts = { replaced: 0, kept: 0, compared: 0, open: 0, edited: 0 }
  for (const decision of decisions) counts[decision]++
  return counts
}
