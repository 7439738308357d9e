import { useEffect, useRef } from 'react'
import { focusTreeRow } from '../../ui/focusTreeRow'

/**
 * Opening a plan puts keyboard focus in the outline, on its first item (on the empty tree, where
 * Enter starts chapter 一), so the keys work at once — unless focus is already somewhere.
 */
export function useFocusOnOpen(planId: string, firstId: string | undefined): void {
  const opened = useRef<string | null>(null)
  useEffect(() => {
    if (opened.current === planId) return
    opened.current = planId
    const active = document.activeElement
    if (active && active !== document.body) return
    if (firstId) focusTreeRow(firstId)
    else document.querySelector<HTMLElement>('.outline-tree')?.focus()
  }, [planId, firstId])
}
