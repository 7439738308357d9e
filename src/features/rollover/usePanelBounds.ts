import { useLayoutEffect, useState } from 'react'

/** Between the toolbar and the status bar, whose heights change with the window's width. */
export function usePanelBounds() {
  const [bounds, setBounds] = useState<{ top?: number; bottom?: number }>({})
  useLayoutEffect(() => {
    const toolbar = document.querySelector('.editor-toolbar')
    const statusBar = document.querySelector('.status-bar')
    const measure = () =>
      setBounds({
        top: toolbar?.getBoundingClientRect().bottom,
        bottom: statusBar ? window.innerHeight - statusBar.getBoundingClientRect().top : undefined,
      })
    measure()
    const observer = new ResizeObserver(measure)
    if (toolbar) observer.observe(toolbar)
    if (statusBar) observer.observe(statusBar)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [])
  return bounds
}
