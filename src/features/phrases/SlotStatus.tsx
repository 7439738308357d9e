import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { countPlanSlots, SlotCache } from '../../domain/phrases/planSlots'
import { useDeferredPlanNodes, usePlan } from '../../data/planQueries'
import { SlotPanel } from '../slots/SlotPanel'
import { useLiveBodyText } from '../slots/useLiveBodyText'
import './phrasePanel.css'

/** The slot panel's width (slotPanel.css), to keep it on screen. */
const PANEL_WIDTH = 420

/**
 * Status-bar count of the plan's slots to fill (every kind, `findSlots`); a click opens the slot
 * panel. The count follows typing at once: the body being typed is read from the live editor,
 * the other nodes from a per-node cache, so a keystroke rescans one body, not 2,000.
 */
export function SlotStatus({ planId }: { planId: string }) {
  // Deferred: a write to the plan re-renders this behind the typing, never in a keystroke.
  const plan = useDeferredValue(usePlan(planId))
  const nodes = useDeferredPlanNodes(planId)
  const live = useLiveBodyText()
  const [cache] = useState(() => new SlotCache())
  const count = useMemo(
    () => (plan && nodes ? countPlanSlots(plan, nodes, { cache, live }) : 0),
    [plan, nodes, cache, live],
  )
  // Where the panel opens: fixed above the button, in a portal (the status bar clips its content).
  const [anchor, setAnchor] = useState<{ bottom: number; left: number } | null>(null)
  const open = anchor !== null
  const rootRef = useRef<HTMLSpanElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const close = () => setAnchor(null)
  const closePanel = (returnFocus: boolean) => {
    close()
    if (returnFocus) rootRef.current?.querySelector('button')?.focus()
  }

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      // Toasts (what a fill did) sit outside the panel and must not close it.
      if (!rootRef.current?.contains(target) && !panelRef.current?.contains(target)) close()
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  return (
    <span className="slot-status" ref={rootRef}>
      <button
        type="button"
        className="slot-status-button"
        data-testid="slot-status"
        aria-expanded={open}
        aria-haspopup="dialog"
        disabled={count === 0 && !open}
        title={count ? '点击查看和填写待填写的内容（××、xx、20xx、{{单位}}…）' : '没有待填写的内容'}
        onClick={(event) => {
          if (open) return close()
          const rect = event.currentTarget.getBoundingClientRect()
          // From the button's left edge (it sits at the left of the status bar), kept on screen.
          setAnchor({
            bottom: window.innerHeight - rect.top + 4,
            left: Math.max(8, Math.min(rect.left, window.innerWidth - PANEL_WIDTH - 8)),
          })
        }}
      >
        待填写 <strong>{count}</strong> 处
      </button>
      {anchor &&
        plan &&
        nodes &&
        createPortal(
          <SlotPanel
            plan={plan}
            nodes={nodes}
            live={live}
            cache={cache}
            style={{ bottom: anchor.bottom, left: anchor.left }}
            panelRef={panelRef}
            onClose={closePanel}
          />,
          document.body,
        )}
    </span>
  )
}
