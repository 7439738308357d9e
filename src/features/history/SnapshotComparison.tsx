import { useMemo } from 'react'
import { useLoadedPlan } from '../../data/planQueries'
import { comparePlans, type ItemDifference } from '../../domain/history/comparePlans'
import type { Snapshot } from '../../domain/history/types'
import { DiffSides } from './DiffText'

const KIND_LABELS: Record<ItemDifference['kind'], string> = {
  added: '新增',
  removed: '删除',
  changed: '修改',
}

/** The version against the plan now, item by item: added, removed, changed (text marked). */
export function SnapshotComparison({ snapshot }: { snapshot: Snapshot }) {
  const current = useLoadedPlan(snapshot.planId)
  const comparison = useMemo(
    () => (current ? comparePlans(snapshot, current) : null),
    [snapshot, current],
  )
  if (!comparison) return <p className="muted">正在比较…</p>
  const count = (kind: ItemDifference['kind']) =>
    comparison.items.filter((item) => item.kind === kind).length
  const nothing = !comparison.items.length && !comparison.planTitle && !comparison.preamble
  return (
    <div className="snapshot-comparison" aria-label="与当前比较">
      <p className="comparison-summary" role="status">
        {nothing
          ? '此版本与当前内容相同。'
          : `与当前相比：新增 ${count('added')} 项，删除 ${count('removed')} 项，修改 ${count('changed')} 项。`}
      </p>
      {comparison.planTitle && (
        <section className="comparison-item changed" aria-label="修改：计划标题">
          <h4>
            <span className="comparison-kind">修改</span> 计划标题
          </h4>
          <DiffSides parts={comparison.planTitle} />
        </section>
      )}
      {comparison.preamble && (
        <section className="comparison-item changed" aria-label="修改：前言">
          <h4>
            <span className="comparison-kind">修改</span> 前言
          </h4>
          <DiffSides parts={comparison.preamble} />
        </section>
      )}
      {comparison.items.map((item) => (
        <ComparisonItem key={`${item.kind}:${item.id}`} item={item} />
      ))}
    </div>
  )
}

function ComparisonItem({ item }: { item: ItemDifference }) {
  const label =
    item.kind === 'changed' && item.oldLabel !== item.newLabel
      ? `${item.oldLabel} → ${item.newLabel}`
      : (item.newLabel ?? item.oldLabel ?? '')
  return (
    <section
      className={`comparison-item ${item.kind}`}
      aria-label={`${KIND_LABELS[item.kind]}：${label}`}
    >
      <h4>
        <span className="comparison-kind">{KIND_LABELS[item.kind]}</span> {label}
      </h4>
      {item.title && (
        <div className="comparison-field">
          <span className="comparison-field-name">标题</span>
          <DiffSides parts={item.title} />
        </div>
      )}
      {item.body && (
        <div className="comparison-field">
          <span className="comparison-field-name">正文</span>
          <DiffSides parts={item.body} />
        </div>
      )}
    </section>
  )
}
