import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { usePlan } from '../../data/planQueries'
import type { Plan } from '../../domain/outline/types'
import { useCheckPanelStore } from '../check/checkPanelStore'
import { useComparePanelStore } from '../compare/comparePanelStore'
import { takeReportRequest } from './reportRequest'

// The report (entries, their states, the fixes) loads when first shown.
const RolloverReportPanel = lazy(() =>
  import('./RolloverReportPanel').then((module) => ({ default: module.RolloverReportPanel })),
)

/**
 * For a plan made by 复制为新年度计划: 由《…》复制 (the link back to its source) and the
 * 年度替换报告 button. Render it with `key={plan.id}`: a plan just made opens with its report.
 */
export function SourcePlanLink({ plan }: { plan: Plan }) {
  const [open, setOpen] = useState(() => takeReportRequest(plan.id))
  const buttonRef = useRef<HTMLButtonElement>(null)
  // The report, the plan check and 与上一年对比 share the right side: opening one closes the others.
  useEffect(() => {
    const closeOnOpen = (state: { open: boolean }, previous: { open: boolean }) => {
      if (state.open && !previous.open) setOpen(false)
    }
    const unsubscribeCheck = useCheckPanelStore.subscribe(closeOnOpen)
    const unsubscribeCompare = useComparePanelStore.subscribe(closeOnOpen)
    return () => {
      unsubscribeCheck()
      unsubscribeCompare()
    }
  }, [])
  if (!plan.sourcePlanId) return null
  // Closed from inside (关闭, Escape): focus back on the button rather than lost with the panel.
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <span className="rollover-source-link">
      <SourceName sourcePlanId={plan.sourcePlanId} />
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        onClick={() => {
          if (!open) {
            useCheckPanelStore.getState().setOpen(false)
            useComparePanelStore.getState().setOpen(false)
          }
          setOpen(!open)
        }}
      >
        年度替换报告
      </button>
      {open && (
        <Suspense fallback={null}>
          <RolloverReportPanel plan={plan} onClose={close} />
        </Suspense>
      )}
    </span>
  )
}

function SourceName({ sourcePlanId }: { sourcePlanId: string }) {
  const source = usePlan(sourcePlanId)
  if (source === undefined) return null
  if (source === null) return <span className="muted">由已删除的计划复制</span>
  return (
    <a href={`#/plan/${encodeURIComponent(source.id)}`} title={`${source.year}年度`}>
      由《{source.title}》复制
    </a>
  )
}
