import { lazy, Suspense, useEffect, useRef } from 'react'
import type { Plan } from '../../domain/outline/types'
import { useCheckPanelStore } from '../check/checkPanelStore'
import { useComparePanelStore } from './comparePanelStore'

// The comparison (matching, text diff, its view) loads when first opened.
const ComparePanel = lazy(() =>
  import('./ComparePanel').then((module) => ({ default: module.ComparePanel })),
)

/**
 * 与上一年对比 in the editor toolbar: opens the comparison beside the document. It shares the
 * right side with the plan check and the roll-over report: opening one closes the others.
 */
export function CompareButton({ plan }: { plan: Plan }) {
  const open = useComparePanelStore((state) => state.open)
  const setOpen = useComparePanelStore((state) => state.setOpen)
  const buttonRef = useRef<HTMLButtonElement>(null)

  // The panel belongs to this plan's screen: leaving it closes the panel.
  useEffect(() => () => setOpen(false), [setOpen, plan.id])
  useEffect(
    () =>
      useCheckPanelStore.subscribe((state, previous) => {
        if (state.open && !previous.open) setOpen(false)
      }),
    [setOpen],
  )

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
        onClick={() => {
          if (!open) useCheckPanelStore.getState().setOpen(false)
          setOpen(!open)
        }}
      >
        与上一年对比
      </button>
      {open && (
        <Suspense fallback={null}>
          <ComparePanel plan={plan} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
