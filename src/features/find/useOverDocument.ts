import { useLayoutEffect, useState, type CSSProperties } from 'react'

/** Panels that float over the document's right side: the find bar stays left of them. */
const SIDE_PANELS = '.check-panel, .rollover-panel'
const GAP = 8

/**
 * Where the find bar floats: the top right corner of the document pane, whatever wraps above,
 * and left of an open check panel or roll-over report (which would hide its buttons).
 */
export function useOverDocument(): CSSProperties | undefined {
  const [place, setPlace] = useState<CSSProperties>()
  useLayoutEffect(() => {
    const pane = document.querySelector('.document-pane')
    if (!pane) return
    const measure = () => {
      const box = pane.getBoundingClientRect()
      let right = box.right - 16
      for (const panel of document.querySelectorAll(SIDE_PANELS)) {
        const side = panel.getBoundingClientRect()
        if (side.width > 0 && side.left < right + GAP) right = Math.min(right, side.left - GAP)
      }
      const fromRight = Math.max(GAP, window.innerWidth - right)
      setPlace((previous) =>
        previous?.top === box.top + GAP && previous.right === fromRight
          ? previous
          : { top: box.top + GAP, right: fromRight },
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(pane)
    // The panels open and close from the toolbar (they are rendered in it).
    const toolbar = document.querySelector('.editor-toolbar')
    const panels = new MutationObserver(measure)
    if (toolbar) panels.observe(toolbar, { childList: true, subtree: true })
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      panels.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [])
  return place
}
