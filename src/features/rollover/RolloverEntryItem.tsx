import { memo } from 'react'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { offeredYear, placeText, type YearList } from '../../domain/rollover/entryFix'
import {
  entryState,
  locateEntry,
  type EntryDecision,
  type RolloverEntry,
} from '../../domain/rollover/rolloverReport'
import { jumpToEntry } from './jumpToEntry'

interface EntryProps {
  entry: RolloverEntry
  planText: Pick<Plan, 'title' | 'preamble'>
  node: OutlineNode | undefined
  nodeExists: boolean
  /** Where, in words (计划标题, 开头段落, the item's title). */
  label: string
  /** Where the user stands on it (its years kept, a comparison year, …). */
  decision: EntryDecision
  /** Keeping it means something: not a range the new year is in (the plan check accepts those). */
  keepable: boolean
  onFix: (entry: RolloverEntry, to: 'original' | 'replacement') => void
  /** Years accepted by the plan check (or no longer), in one of the plan's lists. */
  onYears: (list: YearList, years: number[], accept: boolean) => void
}

const CONTEXT = 12

/** The text around the place as it reads now (the recorded context if it cannot be found). */
function contextNow(text: string | null, entry: RolloverEntry, written: string) {
  const start = text === null ? null : locateEntry(text, entry, written)
  if (text === null || start === null) return { before: entry.before, after: entry.after }
  const before = text.slice(Math.max(0, start - CONTEXT), start)
  const after = text.slice(start + written.length, start + written.length + CONTEXT)
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: after.split('\n')[0] }
}

/** Offers of the new plan year read 改为新年度; others name what they would write. */
const offersNewYear = (entry: RolloverEntry) =>
  entry.replaced ||
  entry.kind === 'document' ||
  entry.kind === 'bareNumber' ||
  entry.kind === 'history' ||
  entry.kind === 'milestone'

/** One entry of the report: where, the text around it, why, and its one-click fixes. */
export const RolloverEntryItem = memo(function RolloverEntryItem(props: EntryProps) {
  const { entry, planText, node, nodeExists, label, decision, keepable, onFix, onYears } = props
  const text = nodeExists ? placeText(planText, node, entry.place) : null
  const state = entryState(text, entry)
  const now = state === 'replacement' ? entry.replacement : entry.original
  const { before, after } = contextNow(text, entry, now)
  const later = entry.kind === 'laterYear'
  const canKeep = keepable && !entry.replaced && entry.years.length > 0 && state === 'original'
  // Last year's base may stay as written, as a base of comparison (not history).
  // (Set from the plan check for an older year too: then its 取消 is here as well.)
  const canCompare = canKeep && (entry.kind === 'lastYear' || decision === 'compared')
  const offered = offeredYear(entry)
  const status =
    state === 'edited'
      ? '此处文字已修改'
      : state === 'replacement'
        ? `已改为 ${entry.replacement}${offered?.list === 'comparisonYears' ? '（对比年份）' : ''}`
        : decision === 'kept'
          ? later
            ? '已保留此年份'
            : '已保留为历史年份'
          : decision === 'compared'
            ? '已作为对比年份'
            : entry.replaced
              ? `已撤销，仍为 ${entry.original}`
              : ''
  const primary =
    state === 'replacement'
      ? { label: '撤销此处', to: 'original' as const }
      : state === 'original' && entry.replacement && decision === 'open'
        ? {
            label: offersNewYear(entry) ? '改为新年度' : `改为“${entry.replacement}”`,
            to: 'replacement' as const,
          }
        : null
  // Each choice and its 取消 are one element, so focus stays on it (Ctrl+Z, or a second click).
  const compareButton =
    canCompare && (decision === 'open' || decision === 'compared')
      ? {
          label: decision === 'open' ? '作为对比年份' : '取消对比年份',
          accept: decision === 'open',
        }
      : null
  const keepButton =
    canKeep && (decision === 'open' || decision === 'kept')
      ? {
          label: decision === 'kept' ? '取消保留' : later ? '保留此年份' : '保留为历史年份',
          accept: decision === 'open',
        }
      : null
  return (
    <li className={`rollover-entry rollover-${state}`}>
      <div className="rollover-place">{label}</div>
      <button
        type="button"
        className="rollover-context"
        title="定位到此处"
        onClick={() => jumpToEntry(entry)}
        disabled={state === 'edited' && !nodeExists}
      >
        {before.length === CONTEXT && '…'}
        {before}
        <mark>{now}</mark>
        {after}
        {after.length === CONTEXT && '…'}
      </button>
      <p className="rollover-reason">
        {entry.reason}
        {status && <span className="rollover-status">：{status}</span>}
      </p>
      {state !== 'edited' && (
        <div className="rollover-actions">
          {primary && (
            // One element whatever it offers, so focus stays on it after a click (Ctrl+Z works).
            <button type="button" onClick={() => onFix(entry, primary.to)}>
              {primary.label}
            </button>
          )}
          {compareButton && (
            <button
              type="button"
              onClick={() => onYears('comparisonYears', entry.years, compareButton.accept)}
            >
              {compareButton.label}
            </button>
          )}
          {keepButton && (
            <button
              type="button"
              onClick={() => onYears('keptYears', entry.years, keepButton.accept)}
            >
              {keepButton.label}
            </button>
          )}
        </div>
      )}
    </li>
  )
})
