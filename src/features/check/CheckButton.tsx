import { lazy, Suspense, useRef } from 'react'
import { useCheckPanelStore } from './checkPanelStore'

const CheckPanel = lazy(() =>
  import('./CheckPanel').then((module) => ({ default: module.CheckPanel })),
)

/** 检查 in the editor toolbar: opens and closes the plan check panel. */
export function CheckButton({ planId }: { planId: string }) {
  const open = useCheckPanelStore((state) => state.open)
  const setOpen = useCheckPanelStore((state) => state.setOpen)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
      >
        检查
      </button>
      {open && (
        <Suspense fallback={null}>
          <CheckPanel planId={planId} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
