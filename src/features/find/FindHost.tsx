import { lazy, Suspense, useEffect } from 'react'
import { useFindStore } from './findStore'
import { stepFind } from './findSteps'

const FindBar = lazy(() => import('./FindBar').then((module) => ({ default: module.FindBar })))

/**
 * The plan editor's find and replace: Ctrl+F / Ctrl+H open it (instead of the browser's find,
 * on this screen only), F3 / Shift+F3 step through the matches. The bar itself loads on first use.
 */
export function FindHost({ planId }: { planId: string }) {
  const open = useFindStore((state) => state.open)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey) return
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && !event.shiftKey && (key === 'f' || key === 'h')) {
        // A modal dialog over the editor keeps the browser's own find.
        if (document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]')) return
        event.preventDefault()
        event.stopPropagation()
        useFindStore.getState().openFind(key === 'h')
      } else if (event.key === 'F3' && !mod) {
        event.preventDefault()
        if (!useFindStore.getState().open) useFindStore.getState().openFind(false)
        else stepFind(event.shiftKey ? -1 : 1)
      }
    }
    // Capture: the live editor and title fields see Ctrl+F after us, not before.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])

  useEffect(() => () => useFindStore.getState().close(), [planId])

  if (!open) return null
  return (
    <Suspense fallback={null}>
      <FindBar planId={planId} />
    </Suspense>
  )
}
