import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useCheckPanelStore } from './checkPanelStore'

const CheckPanel = lazy(() =>
  import('./CheckPanel').then((module) => ({ default: module.CheckPanel })),
)

/** 检查 in the editor toolbar: opens and closes the plan check panel, below the toolbar. */
export function CheckButton({ planId }: { planId: string }) {
  const open = useCheckPanelStore((state) => state.open)
  const setOpen = useCheckPanelStore((state) => state.setOpen)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const [top, setTop] = useState<number | undefined>(undefined)

  // The panel belongs to this plan's screen: leaving it closes the panel.
  useEffect(() => () => setOpen(false), [setOpen, planId])

  useEffect(() => {
    if (!open) return
    const place = () => {
      const toolbar = buttonRef.current?.closest('header')
      setTop(toolbar ? Math.round(toolbar.getBoundingClientRect().bottom) + 6 : undefined)
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [open])

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
          <CheckPanel planId={planId} top={top} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
