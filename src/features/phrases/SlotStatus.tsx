import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { listPlanSlots } from '../../domain/phrases/planSlots'
import { usePlan, usePlanNodes } from '../../data/planQueries'
import { jumpToSlot } from './jumpToSlot'
import './phrasePanel.css'

/** Status-bar count of unfilled `××` slots in the plan; a click lists them and jumps to one. */
export function SlotStatus({ planId }: { planId: string }) {
  // Deferred: counting slots in 2,000 bodies must never delay a keystroke.
  const plan = useDeferredValue(usePlan(planId))
  const nodes = useDeferredValue(usePlanNodes(planId))
  const slots = useMemo(() => (plan && nodes ? listPlanSlots(plan, nodes) : []), [plan, nodes])
  // Where the list opens: fixed above the button, in a portal (the status bar clips its content).
  const [anchor, setAnchor] = useState<{ bottom: number; right: number } | null>(null)
  const open = anchor !== null
  const rootRef = useRef<HTMLSpanElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const close = () => setAnchor(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!rootRef.current?.contains(target) && !listRef.current?.contains(target)) close()
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const count = slots.length
  return (
    <span className="slot-status" ref={rootRef}>
      <button
        type="button"
        className="slot-status-button"
        data-testid="slot-status"
        aria-expanded={open}
        aria-haspopup="true"
        disabled={count === 0}
        title={count ? '点击列出待填写的空位（××）' : '没有待填写的空位'}
        onClick={(event) => {
          if (open) return close()
          const rect = event.currentTarget.getBoundingClientRect()
          setAnchor({
            bottom: window.innerHeight - rect.top + 4,
            right: window.innerWidth - rect.right,
          })
        }}
      >
        待填写 <strong>{count}</strong> 处
      </button>
      {anchor &&
        count > 0 &&
        createPortal(
          <ul
            ref={listRef}
            className="slot-status-list"
            aria-label="待填写的空位"
            style={{ bottom: anchor.bottom, right: anchor.right }}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return
              event.stopPropagation()
              close()
              rootRef.current?.querySelector('button')?.focus()
            }}
          >
            {slots.map((slot, position) => (
              <li key={`${slot.nodeId}-${slot.field}-${slot.index}`}>
                <button
                  type="button"
                  autoFocus={position === 0}
                  onClick={() => {
                    close()
                    jumpToSlot(slot)
                  }}
                >
                  <span className="slot-status-where">{slot.where}</span>
                  {slot.context}
                </button>
              </li>
            ))}
          </ul>,
          document.body,
        )}
    </span>
  )
}
