import { useLayoutEffect, useState, type CSSProperties } from 'react'

/** Where the find bar floats: the top right corner of the document pane, whatever wraps above. */
export function useOverDocument(): CSSProperties | undefined {
  const [place, setPlace] = useState<CSSProperties>()
  useLayoutEffect(() => {
    const pane = document.querySelector('.document-pane')
    if (!pane) return
    const measure = () => {
      const box = pane.getBoundingClientRect()
      setPlace({ top: box.top + 8, right: Math.max(8, window.innerWidth - box.right + 16) })
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(pane)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [])
  return place
}
