import { useCallback, useMemo, useState } from 'react'
import { rolloverFix, setRolloverYears } from '../../commands/plan/rollOverFix'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { usePlanNodes } from '../../data/planQueries'
import { useSetting } from '../../data/useSetting'
import { settingKeys } from '../../db/schema'
import { docText } from '../../domain/outline/richText'
import type { OutlineNode, Plan, RichDoc } from '../../domain/outline/types'
import { PREAMBLE_ID } from '../../domain/phrases/planSlots'
import { offeredYear, type YearList } from '../../domain/rollover/entryFix'
import {
  countDecisions,
  entryDecision,
  entryState,
  isRolloverReport,
  placeLabel,
  type EntryDecision,
  type RolloverEntry,
} from '../../domain/rollover/rolloverReport'
import { useEditorStore } from '../../store/editorStore'
import { flushPendingEdits } from '../../store/pendingEdits'
import { RolloverEntryItem } from './RolloverEntryItem'
import { DockedPanel } from './DockedPanel'
import './rollover.css'

interface PanelProps {
  plan: Plan
  onClose: () => void
}

/**
 * 年度替换报告: beside the document (not modal, so the user reads and edits the plan while
 * going through it), every year replaced and every one left, each with its one-click fix.
 */
export function RolloverReportPanel({ plan, onClose }: PanelProps) {
  const stored = useSetting<unknown>(settingKeys.rolloverReport(plan.id), null)
  const nodes = usePlanNodes(plan.id)
  const byId = useMemo(() => new Map(nodes?.map((node) => [node.id, node])), [nodes])
  const report = isRolloverReport(stored) ? stored : null

  return (
    <DockedPanel title="年度替换报告" onClose={onClose}>
      {stored === undefined || !nodes ? (
        <p className="muted">正在读取…</p>
      ) : !report ? (
        <p className="muted">没有找到这份计划的年度替换报告。</p>
      ) : (
        <ReportBody plan={plan} entries={report.entries} byId={byId} report={report} />
      )}
    </DockedPanel>
  )
}

function ReportBody({
  plan,
  entries,
  byId,
  report,
}: {
  plan: Plan
  entries: RolloverEntry[]
  byId: Map<string, OutlineNode>
  report: { fromYear: number; toYear: number; keepBodies: boolean }
}) {
  const replaced = useMemo(() => entries.filter((entry) => entry.replaced), [entries])
  const left = useMemo(() => entries.filter((entry) => !entry.replaced), [entries])
  // What each place reads now: its state follows edits, undo and redo by itself.
  const states = useEntryStates(entries, plan, byId)
  const decisions = useMemo(() => {
    const years = { keptYears: plan.keptYears, comparisonYears: plan.comparisonYears }
    return new Map(
      entries.map((entry) => [entry.id, entryDecision(entry, states.get(entry.id)!, years)]),
    )
  }, [entries, states, plan.keptYears, plan.comparisonYears])
  const counts = countDecisions(decisions.values())
  const kept = new Set(plan.keptYears ?? [])
  const compared = plan.comparisonYears ?? []
  const historyYears = [
    ...new Set(left.filter((entry) => entry.kind === 'history').flatMap((entry) => entry.years)),
  ].filter((year) => !kept.has(year))
  const planId = plan.id

  const onFix = useCallback(
    async (entry: RolloverEntry, to: 'original' | 'replacement') => {
      await flushPendingEdits()
      const { place } = entry
      const target =
        place.field === 'preamble' ? PREAMBLE_ID : 'nodeId' in place ? place.nodeId : null
      // The command rewrites the stored text: an editor open on it closes first (text saved).
      const store = useEditorStore.getState()
      if (target && store.editingId === target) store.stopEditing()
      // 撤销此处 of 改为“2025”: the check stops accepting 2025 unless another place reads it.
      const offered = offeredYear(entry)
      const stillUsed =
        offered !== null &&
        entries.some(
          (other) =>
            other.id !== entry.id &&
            states.get(other.id) === 'replacement' &&
            offeredYear(other)?.year === offered.year &&
            offeredYear(other)?.list === offered.list,
        )
      await runPlanCommand(rolloverFix, planId, { entry, to, stillUsed }, { keepFocus: true })
    },
    [planId, entries, states],
  )
  const onYears = useCallback(
    (list: YearList, years: number[], accept: boolean) =>
      void runPlanCommand(setRolloverYears, planId, { list, years, accept }, { keepFocus: true }),
    [planId],
  )
  const lists = { plan, byId, decisions, onFix, onYears, toYear: report.toYear }

  return (
    <div className="rollover-panel-body">
      <p className="rollover-summary">
        {report.fromYear}年度 → {report.toYear}年度（{report.keepBodies ? '保留正文' : '只保留大纲'}
        ）：复制时替换 {replaced.length} 处，未替换 {left.length} 处。点击原文可定位。
      </p>
      <p className="rollover-counts" data-testid="rollover-counts">
        现在：已替换 <strong>{counts.replaced}</strong> 处 · 已确认保留{' '}
        <strong>{counts.kept + counts.compared}</strong> 处 · 待确认 <strong>{counts.open}</strong>{' '}
        处
        {counts.edited > 0 && (
          <>
            {' '}
            · 已手工修改 <strong>{counts.edited}</strong> 处
          </>
        )}
      </p>
      {kept.size > 0 && <p className="rollover-kept">已保留的历史年份：{[...kept].join('、')}</p>}
      {compared.length > 0 && (
        <p className="rollover-kept">已作为对比年份：{compared.join('、')}</p>
      )}
      {historyYears.length > 0 && (
        <button type="button" onClick={() => onYears('keptYears', historyYears, true)}>
          全部历史年份保留（{historyYears.join('、')}）
        </button>
      )}
      <section aria-labelledby="rollover-replaced">
        <h3 id="rollover-replaced">已替换（{replaced.length}）</h3>
        {replaced.length ? (
          <EntryList items={replaced} {...lists} />
        ) : (
          <p className="muted">没有替换任何年份。</p>
        )}
      </section>
      <section aria-labelledby="rollover-left">
        <h3 id="rollover-left">未替换（{left.length}）</h3>
        {left.length ? (
          <EntryList items={left} {...lists} />
        ) : (
          <p className="muted">没有需要确认的年份。</p>
        )}
      </section>
    </div>
  )
}

/** Each entry's state (original / replacement / edited) in the plan as it is now. */
function useEntryStates(entries: RolloverEntry[], plan: Plan, byId: Map<string, OutlineNode>) {
  const [bodies] = useState(() => new WeakMap<object, string>())
  const { title, preamble } = plan
  return useMemo(() => {
    const textOf = (entry: RolloverEntry): string | null => {
      const { place } = entry
      if (place.field === 'planTitle') return title
      if (place.field === 'preamble') return cachedText(bodies, preamble)
      const node = byId.get(place.nodeId)
      if (!node) return null
      return place.field === 'title' ? node.title : cachedText(bodies, node.body)
    }
    return new Map(entries.map((entry) => [entry.id, entryState(textOf(entry), entry)]))
  }, [entries, title, preamble, byId, bodies])
}

/** A body's plain text, read once per stored body object. */
function cachedText(cache: WeakMap<object, string>, body: RichDoc | null): string {
  if (!body) return ''
  let text = cache.get(body)
  if (text === undefined) cache.set(body, (text = docText(body)))
  return text
}

const PAGE = 100

/** A page of entries at a time: a 2,000-item plan may have thousands of years. */
function EntryList({
  items,
  plan,
  byId,
  decisions,
  onFix,
  onYears,
  toYear,
}: {
  items: RolloverEntry[]
  toYear: number
  plan: Plan
  byId: Map<string, OutlineNode>
  decisions: Map<string, EntryDecision>
  onFix: (entry: RolloverEntry, to: 'original' | 'replacement') => void
  onYears: (list: YearList, years: number[], accept: boolean) => void
}) {
  const [shown, setShown] = useState(PAGE)
  // Entries of the plan's own fields re-render only when those fields change, not on every save.
  const planText = useMemo(
    () => ({ title: plan.title, preamble: plan.preamble }),
    [plan.title, plan.preamble],
  )
  const itemTitle = (nodeId: string) => byId.get(nodeId)?.title ?? null
  return (
    <>
      <ul className="rollover-entries">
        {items.slice(0, shown).map((entry) => {
          const nodeId = 'nodeId' in entry.place ? entry.place.nodeId : null
          return (
            <RolloverEntryItem
              key={entry.id}
              entry={entry}
              planText={planText}
              node={nodeId === null ? undefined : byId.get(nodeId)}
              nodeExists={nodeId === null || byId.has(nodeId)}
              label={placeLabel(entry.place, itemTitle)}
              decision={decisions.get(entry.id) ?? 'open'}
              keepable={
                !(entry.years.length === 2 && entry.years[0] <= toYear && toYear <= entry.years[1])
              }
              onFix={onFix}
              onYears={onYears}
            />
          )
        })}
      </ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          再显示 {Math.min(PAGE, items.length - shown)} 处（共 {items.length} 处）
        </button>
      )}
    </>
  )
}
