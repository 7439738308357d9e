import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import { renamePlanCommand } from '../../commands/library/planCommands'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { setClosing } from '../../commands/plan/setClosing'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { closingFieldsOf, sameClosing } from '../../domain/outline/planClosing'
import type { Plan } from '../../domain/outline/types'
import { PlanFormDialog } from '../library/PlanFormDialog'
import { closePlanInfo, openPlanInfo, usePlanInfoStore } from './planInfoStore'
import './planInfo.css'

/**
 * 修改 beside the plan's unit and year: the plan's form (title, unit, year) opened from the
 * plan screen, as 重命名 opens it in the library. Focus goes back where it was on closing.
 */
export function PlanInfoEditor({ plan }: { plan: Plan }) {
  const request = usePlanInfoStore((state) => state.request)
  const buttonRef = useRef<HTMLButtonElement>(null)

  // The form belongs to this plan's screen.
  useEffect(() => closePlanInfo, [plan.id])

  // Focus goes back once the form is gone (the page behind a modal dialog cannot take it).
  const returnTo = useRef<HTMLElement | null>(null)
  const close = () => {
    returnTo.current = usePlanInfoStore.getState().returnFocus ?? buttonRef.current
    closePlanInfo()
  }
  useEffect(() => {
    const back = returnTo.current
    if (request !== null || !back) return
    returnTo.current = null
    // The element that opened it may be gone (a finding fixed meanwhile): the 修改 button then.
    ;(back.isConnected ? back : buttonRef.current)?.focus()
  }, [request])

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="doc-plan-edit"
        aria-label="修改计划标题、单位和年度"
        title="修改计划标题、单位和年度"
        onClick={(event) => {
          event.stopPropagation()
          openPlanInfo()
        }}
      >
        修改
      </button>
      {request !== null &&
        // On the page, not inside the document (whose type and alignment it would take).
        createPortal(
          <PlanFormDialog
            title="修改计划信息"
            submitLabel="保存"
            initial={plan}
            select={request === 'open' ? undefined : request}
            onClose={close}
            closing={plan}
            onSubmit={async (fields, closing) => {
              if (
                fields.title !== plan.title ||
                fields.unit !== plan.unit ||
                fields.year !== plan.year
              )
                await runLibraryCommand(renamePlanCommand, { planId: plan.id, fields })
              if (!closing || sameClosing(closingFieldsOf(closing), plan)) return
              // Its own step: 撤销 takes the closing back.
              const result = await runPlanCommand(setClosing, plan.id, { closing })
              if (!result.ok) throw new Error(result.reason)
            }}
          />,
          document.body,
        )}
    </>
  )
}
