import { useEffect } from 'react'
import type { FindMatch } from '../../domain/find/findInPlan'
import { clearPaintedMatches, paintMatches } from './highlightMatches'

/** Repaints after the document re-renders or scrolls, at most this often. */
const REPAINT_MS = 120

/**
 * The matches painted in the document (the current one apart) with CSS highlights, which leave
 * the DOM and the live editor alone; repainted when the document changes or scrolls.
 */
export function useMatchPaint(matches: readonly FindMatch[], current: number): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const paint = () => paintMatches(matches, current)
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(paint, REPAINT_MS)
    }
    const frame = requestAnimationFrame(paint)
    const article = document.querySelector('.document')
    const observer = new MutationObserver(later)
    if (article) observer.observe(article, { subtree: true, childList: true, characterData: true })
    const pane = document.querySelector('.document-pane')
    pane?.addEventListener('scroll', later, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      observer.disconnect()
      pane?.removeEventListener('scroll', later)
    }
  }, [matches, current])
  useEffect(() => clearPaintedMatches, [])
}
