import type { YearDifference } from '../../domain/compare/compareYears'
import { DIFFERENCE_LABELS } from '../../domain/compare/compareYears'
import type { OutlineNode } from '../../domain/outline/types'
import { DiffSides } from '../history/DiffText'
import { jumpToDifference } from './jumpToDifference'

const SIDES = ['上一年', '本年'] as const

/** What the difference is about: 计划标题, 前言, or the item's number and title (before → now). */
export function differenceLabel(item: YearDifference): string {
  if (item.place === 'planTitle') return '计划标题'
  if (item.place === 'preamble') return '前言'
  if (item.oldLabel !== null && item.newLabel !== null && item.oldLabel !== item.newLabel)
    return `${item.oldLabel} → ${item.newLabel}`
  return item.newLabel ?? item.oldLabel ?? ''
}

/** One difference: its kinds and label (a button that shows its place), then the marked text. */
export function DifferenceItem({
  item,
  byId,
}: {
  item: YearDifference
  byId: ReadonlyMap<string, OutlineNode>
}) {
  const kinds = item.kinds.map((kind) => DIFFERENCE_LABELS[kind]).join('、')
  const label = differenceLabel(item)
  const reachable = item.place !== 'item' || (item.nodeId !== null && byId.has(item.nodeId))
  return (
    <li className={`compare-item ${item.kinds.map((kind) => `compare-${kind}`).join(' ')}`}>
      <button
        type="button"
        className="compare-jump"
        disabled={!reachable}
        aria-label={`${kinds}：${label}`}
        title={item.kinds.includes('removed') ? '定位到它原来所在的位置' : '定位到此处'}
        onClick={() => jumpToDifference(item, byId)}
      >
        <span className="compare-kinds">
          {item.kinds.map((kind) => (
            <span key={kind} className={`compare-kind compare-kind-${kind}`}>
              {DIFFERENCE_LABELS[kind]}
            </span>
          ))}
        </span>{' '}
        <span className="compare-label">{label}</span>
      </button>
      {item.title && item.place !== 'preamble' && (
        <div className="compare-field">
          {item.place === 'item' && <span className="compare-field-name">标题</span>}
          <DiffSides parts={item.title} labels={SIDES} />
        </div>
      )}
      {item.body && (
        <div className="compare-field">
          {item.place === 'item' && <span className="compare-field-name">正文</span>}
          <DiffSides parts={item.body} labels={SIDES} />
        </div>
      )}
    </li>
  )
}
