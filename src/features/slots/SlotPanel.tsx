import { useDeferredValue, useMemo, useState, type CSSProperties, type RefObject } from 'react'
import { planSlotValues, type NamedSlotValues } from '../../domain/phrases/namedSlots'
import {
  groupPlanSlots,
  listPlanSlots,
  type LiveText,
  type SlotCache,
  type SlotGroup,
} from '../../domain/phrases/planSlots'
import type { SlotKind } from '../../domain/phrases/slots'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { jumpToSlot } from '../phrases/jumpToSlot'
import { fillSlots } from './fillSlots'
import { NamedSlotForm } from './NamedSlotForm'
import './slotPanel.css'

const KIND_LABELS: Record<SlotKind, string> = {
  named: '命名空位，一处填写处处生效',
  mark: '空位',
  latin: '空位',
  partyCongress: '届次',
  year: '年份',
  date: '日期',
}

interface SlotPanelProps {
  plan: Plan
  nodes: readonly OutlineNode[]
  live: LiveText | null
  cache: SlotCache
  style: CSSProperties
  panelRef: RefObject<HTMLDivElement | null>
  /** `returnFocus`: back to the button that opened it (Escape), not when jumping to a place. */
  onClose: (returnFocus: boolean) => void
}

/**
 * 待填写: the plan's slots grouped by text (`xx ×12`), each group opening onto its places (a
 * click jumps there); a named slot (`{{单位}}`) is filled everywhere at once from its field, and
 * the plan's own unit and year fill `{{单位}}` / `{{年度}}` with one click.
 */
export function SlotPanel({ plan, nodes, live, cache, style, panelRef, onClose }: SlotPanelProps) {
  // The list (with numbers and context) is rebuilt behind typing, never in a keystroke.
  const deferredLive = useDeferredValue(live)
  const slots = useMemo(
    () => listPlanSlots(plan, nodes, { cache, live: deferredLive }),
    [plan, nodes, cache, deferredLive],
  )
  const groups = useMemo(() => groupPlanSlots(slots), [slots])
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  const isExpanded = (group: SlotGroup) => groups.length === 1 || expanded.has(group.label)
  const toggle = (label: string) =>
    setExpanded((previous) => {
      const next = new Set(previous)
      if (!next.delete(label)) next.add(label)
      return next
    })

  const fromPlan = planSlotValues(plan)
  const planFill: NamedSlotValues = {}
  let planPlaces = 0
  for (const group of groups)
    if (group.kind === 'named' && group.name && fromPlan[group.name]) {
      planFill[group.name] = fromPlan[group.name]
      planPlaces += group.slots.length
    }
  const focusPanel = () => panelRef.current?.focus()

  return (
    <div
      ref={panelRef}
      role="dialog"
      aria-label="待填写"
      tabIndex={-1}
      className="slot-panel"
      style={style}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose(true)
      }}
    >
      <div className="slot-panel-head">
        <span>
          待填写 <strong>{slots.length}</strong> 处
        </span>
        {planPlaces > 0 && (
          <button
            type="button"
            className="slot-panel-plan-fill"
            title={Object.entries(planFill)
              .map(([name, value]) => `{{${name}}} 填为“${value}”`)
              .join('，')}
            onClick={() => void fillSlots(plan.id, planFill, planPlaces).then(focusPanel)}
          >
            一键填入计划的{Object.keys(planFill).join('和')}
          </button>
        )}
      </div>
      {groups.length === 0 ? (
        <p className="slot-panel-empty">没有待填写的内容了。</p>
      ) : (
        <ul className="slot-groups" aria-label="待填写的空位">
          {groups.map((group, position) => {
            const open = isExpanded(group)
            const placesId = `slot-places-${position}`
            return (
              <li key={group.label} className="slot-group">
                <button
                  type="button"
                  className="slot-group-toggle"
                  aria-expanded={open}
                  aria-controls={open ? placesId : undefined}
                  autoFocus={position === 0}
                  onClick={() => toggle(group.label)}
                >
                  <span className="slot-group-caret" aria-hidden="true">
                    {open ? '▾' : '▸'}
                  </span>
                  <mark className="slot">{group.label}</mark>
                  <span className="slot-group-count">×{group.slots.length}</span>
                  <span className="slot-group-kind">{KIND_LABELS[group.kind]}</span>
                </button>
                {group.kind === 'named' && group.name && (
                  <NamedSlotForm
                    planId={plan.id}
                    name={group.name}
                    label={group.label}
                    places={group.slots.length}
                    suggested={fromPlan[group.name] ?? ''}
                    onFilled={focusPanel}
                  />
                )}
                {open && (
                  <ul id={placesId} className="slot-places" aria-label={`${group.label} 的位置`}>
                    {group.slots.map((slot) => (
                      <li key={`${slot.nodeId}-${slot.field}-${slot.index}`}>
                        <button
                          type="button"
                          onClick={() => {
                            onClose(false)
                            jumpToSlot(slot)
                          }}
                        >
                          <span className="slot-status-where">{slot.where}</span>
                          {slot.context}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
