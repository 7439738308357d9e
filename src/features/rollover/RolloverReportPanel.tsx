import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { rolloverFix, keepRolloverYears } from '../../commands/plan/rollOverFix'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { usePlanNodes } from '../../data/planQueries'
import { useSetting } from '../../data/useSetting'
import { settingKeys } from '../../db/schema'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { PREAMBLE_ID } from '../../domain/phrases/planSlots'
import {
  isRolloverReport,
  placeLabel,
  type RolloverEntry,
} from '../../domain/rollover/rolloverReport'
import { useEditorStore } from '../../store/editorStore'
import { flushPendingEdits } from '../../store/pendingEdits'
import { RolloverEntryItem } from './RolloverEntryItem'
import { usePanelBounds } from './usePanelBounds'
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
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const byId = useMemo(() => new Map(nodes?.map((node) => [node.id, node])), [nodes])
  const report = isRolloverReport(stored) ? stored : null
  const bounds = usePanelBounds()

  return (
    <aside
      className="rollover-panel"
      style={bounds}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <header className="rollover-panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          年度替换报告
        </h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {stored === undefined || !nodes ? (
        <p className="muted">正在读取…</p>
      ) : !report ? (
        <p className="muted">没有找到这份计划的年度替换报告。</p>
      ) : (
        <ReportBody plan={plan} entries={report.entries} byId={byId} report={report} />
      )}
    </aside>
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
  const kept = new Set(plan.keptYears ?? [])
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
      await runPlanCommand(rolloverFix, planId, { entry, to }, { keepFocus: true })
    },
    [planId],
  )
  const onKeep = useCallback(
    (years: number[]) =>
      void runPlanCommand(keepRolloverYears, planId, { years }, { keepFocus: true }),
    [planId],
  )
  const lists = { plan, byId, kept, onFix, onKeep, toYear: report.toYear }

  return (
    <div className="rollover-panel-body">
      <p className="rollover-summary">
        {report.fromYear}年度 → {report.toYear}年度（{report.keepBodies ? '保留正文' : '只保留大纲'}
        ）：已替换 <strong>{replaced.length}</strong> 处，未替换 <strong>{left.length}</strong>{' '}
        处。点击原文可定位。
      </p>
      {kept.size > 0 && <p className="rollover-kept">已保留的历史年份：{[...kept].join('、')}</p>}
      {historyYears.length > 0 && (
        <button type="button" onClick={() => onKeep(historyYears)}>
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

const PAGE = 100

/** A page of entries at a time: a 2,000-item plan may have thousands of years. */
function EntryList({
  items,
  plan,
  byId,
  kept,
  onFix,
  onKeep,
  toYear,
}: {
  items: RolloverEntry[]
  toYear: number
  plan: Plan
  byId: Map<string, OutlineNode>
  kept: Set<number>
  onFix: (entry: RolloverEntry, to: 'original' | 'replacement') => void
  onKeep: (years: number[]) => void
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
              kept={entry.years.length > 0 && entry.years.every((year) => kept.has(year))}
              keepable={
                !(entry.years.length === 2 && entry.years[0] <= toYear && toYear <= entry.years[1])
              }
              onFix={onFix}
              onKeep={onKeep}
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
