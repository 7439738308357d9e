import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { Plan } from '../../domain/outline/types'

const SaveAsTemplateDialog = lazy(() =>
  import('./SaveAsTemplateDialog').then((module) => ({ default: module.SaveAsTemplateDialog })),
)

/** 另存为模板, in the plan editor's toolbar. */
export function SaveAsTemplateButton({ plan }: { plan: Plan }) {
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
      <button ref={buttonRef} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        另存为模板
      </button>
      {open && (
        <Suspense fallback={null}>
          <SaveAsTemplateDialog plan={plan} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
