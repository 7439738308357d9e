import { useEffect, useMemo, useRef, useState } from 'react'
import { listPlanSlots } from '../../domain/phrases/planSlots'
import { usePlan, usePlanNodes } from '../../db/planQueries'
import { jumpToSlot } from './jumpToSlot'
import './phrasePanel.css'

/** Status-bar count of unfilled `××` slots in the plan; a click lists them and jumps to one. */
export function SlotStatus({ planId }: { planId: string }) {
  const plan = usePlan(planId)
  const nodes = usePlanNodes(planId)
  const slots = useMemo(() => (plan && nodes ? listPlanSlots(plan, nodes) : []), [plan, nodes])
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const count = slots.length
  return (
    <span
      className="slot-status"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          setOpen(false)
        }
      }}
    >
      <button
        type="button"
        className="slot-status-button"
        data-testid="slot-status"
        aria-expanded={open}
        aria-haspopup="true"
        disabled={count === 0}
        title={count ? '点击列出待填写的空位（××）' : '没有待填写的空位'}
        onClick={() => setOpen(!open)}
      >
        待填写 <strong>{count}</strong> 处
      </button>
      {open && count > 0 && (
        <ul className="slot-status-list" aria-label="待填写的空位">
          {slots.map((slot, position) => (
            <li key={`${slot.nodeId}-${slot.field}-${slot.index}`}>
              <button
                type="button"
                autoFocus={position === 0}
                onClick={() => {
                  setOpen(false)
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
    </span>
  )
}
