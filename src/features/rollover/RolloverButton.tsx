import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { Plan } from '../../domain/outline/types'

// The dialog (and the roll-over rules) load when first opened, not with the library or editor.
const RolloverDialog = lazy(() =>
  import('./RolloverDialog').then((module) => ({ default: module.RolloverDialog })),
)

/** 复制为新年度计划: in the plan library's row actions and the editor's toolbar. */
export function RolloverButton({ plan, named }: { plan: Plan; named?: boolean }) {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // The dialog is unmounted on closing, which would drop focus on the page: back to the button
  // once it is gone (the page behind a modal dialog cannot take focus).
  const closing = useRef(false)
  const close = () => {
    closing.current = true
    setOpen(false)
  }
  useEffect(() => {
    if (open || !closing.current) return
    closing.current = false
    buttonRef.current?.focus()
  }, [open])
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        // In the library every row has one: the name says which plan.
        aria-label={named ? `复制为新年度计划 ${plan.title}` : undefined}
        onClick={() => setOpen(true)}
      >
        复制为新年度计划
      </button>
      {open && (
        <Suspense fallback={null}>
          <RolloverDialog plan={plan} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
