import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useLoadedPlan, usePlan } from '../../data/planQueries'
import {
  compareWithLastYear,
  DIFFERENCE_KINDS,
  DIFFERENCE_LABELS,
  type DifferenceKind,
  type YearComparison,
} from '../../domain/compare/compareYears'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { flushPendingEdits } from '../../store/pendingEdits'
import { useSettledValue } from '../check/useSettledValue'
import { useTypedPlan } from '../check/useTypedPlan'
import { DockedPanel } from '../rollover/DockedPanel'
import { useComparePanelStore } from './comparePanelStore'
import { DifferenceItem } from './DifferenceItem'
import { exportComparison } from './exportComparison'
import { PlanChooser } from './PlanChooser'
import '../history/history.css'
import '../rollover/rollover.css'
import './compare.css'

/** Typing writes a draft every 250 ms: the comparison follows once the typing pauses. */
const SETTLE_MS = 400
const PAGE = 100

/**
 * 与上一年对比: beside the document (not modal), this year's plan against last year's (its
 * source, or a plan the user picks), item by item, each difference jumping to its place.
 */
export function ComparePanel({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const chosen = useComparePanelStore((state) => state.chosen[plan.id])
  const choose = useComparePanelStore((state) => state.choose)
  const [changing, setChanging] = useState(false)
  const source = usePlan(plan.sourcePlanId ?? '')
  const sourceUsable = source && !source.deletedAt ? source.id : null
  const otherId = changing ? null : (chosen ?? sourceUsable)

  useEffect(() => {
    // What was typed a moment ago is compared too.
    void flushPendingEdits()
  }, [])

  return (
    <DockedPanel title="与上一年对比" className="compare-panel" onClose={onClose}>
      <div className="rollover-panel-body">
        {plan.sourcePlanId !== undefined && source === undefined ? (
          <p className="muted">正在读取…</p>
        ) : otherId === null ? (
          <PlanChooser
            plan={plan}
            note={
              changing
                ? null
                : plan.sourcePlanId
                  ? '这份计划的来源计划已删除。'
                  : '这份计划不是由“复制为新年度计划”生成的。'
            }
            initial={chosen ?? sourceUsable}
            onChoose={(id) => {
              choose(plan.id, id === sourceUsable ? null : id)
              setChanging(false)
            }}
            onCancel={changing ? () => setChanging(false) : undefined}
          />
        ) : (
          <Comparison plan={plan} otherId={otherId} onChange={() => setChanging(true)} />
        )}
      </div>
    </DockedPanel>
  )
}

function Comparison({
  plan,
  otherId,
  onChange,
}: {
  plan: Plan
  otherId: string
  onChange: () => void
}) {
  const other = useLoadedPlan(otherId)
  const current = useDeferredValue(useSettledValue(useTypedPlan(plan.id), SETTLE_MS))
  const comparison = useMemo(
    () => (other && current ? compareWithLastYear(other, current) : null),
    [other, current],
  )
  const byId = useMemo(
    () => new Map<string, OutlineNode>(current?.nodes.map((node) => [node.id, node])),
    [current],
  )
  const [filter, setFilter] = useState<DifferenceKind | null>(null)
  const [shown, setShown] = useState(PAGE)
  const [exporting, setExporting] = useState(false)

  if (other === null) return <p className="muted">找不到要对比的计划。</p>
  if (!other || !comparison || !current) return <p className="muted">正在比较…</p>
  const items = filter
    ? comparison.items.filter((item) => item.kinds.includes(filter))
    : comparison.items

  const onExport = async () => {
    setExporting(true)
    try {
      await exportComparison(comparison, other.plan, current.plan)
    } finally {
      setExporting(false)
    }
  }

  return (
    <>
      <p className="compare-with">
        对比：《{other.plan.title}》（{other.plan.year}年度）
        <button type="button" onClick={onChange}>
          更换
        </button>
      </p>
      <p className="compare-summary" role="status">
        {summaryText(comparison)}
      </p>
      <div className="compare-filters" role="group" aria-label="按变化筛选">
        <button type="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          全部 {comparison.items.length}
        </button>
        {DIFFERENCE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`compare-kind-${kind}`}
            aria-pressed={filter === kind}
            disabled={comparison.counts[kind] === 0}
            onClick={() => setFilter(filter === kind ? null : kind)}
          >
            {DIFFERENCE_LABELS[kind]} {comparison.counts[kind]}
          </button>
        ))}
      </div>
      <p className="compare-actions">
        <button type="button" disabled={exporting} onClick={() => void onExport()}>
          {exporting ? '正在导出…' : '导出 Word 对比表'}
        </button>
        <span className="muted">年份已按新年度折算，点击条目可定位。</span>
      </p>
      <ul className="compare-items" aria-label="差异">
        {items.slice(0, shown).map((item) => (
          <DifferenceItem key={item.key} item={item} byId={byId} />
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          再显示 {Math.min(PAGE, items.length - shown)} 项（共 {items.length} 项）
        </button>
      )}
    </>
  )
}

function summaryText(comparison: YearComparison): string {
  if (comparison.items.length === 0) return '与上一年相比没有变化。'
  const parts = DIFFERENCE_KINDS.filter((kind) => comparison.counts[kind] > 0).map(
    (kind) => `${DIFFERENCE_LABELS[kind]} ${comparison.counts[kind]} 项`,
  )
  return `与上一年相比：${parts.join('，')}。`
}
