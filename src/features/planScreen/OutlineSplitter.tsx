import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { settingKeys } from '../../db/schema'
import { setSetting } from '../../db/settingsRepo'
import { useSetting } from '../../data/useSetting'

export const MIN_OUTLINE_WIDTH = 200
const STEP = 10
const BIG_STEP = 50

/** At most half the window (never below the minimum). */
const maxOutlineWidth = () => Math.max(MIN_OUTLINE_WIDTH, Math.floor(window.innerWidth / 2))
const clampWidth = (width: number) =>
  Math.round(Math.min(Math.max(width, MIN_OUTLINE_WIDTH), maxOutlineWidth()))

/**
 * The outline pane's width: the stored one, then what the user drags or keys. The layout's CSS
 * clamps it again (200 px to half the window) when the window changes size.
 */
export function useOutlineWidth() {
  const stored = useSetting<number | null>(settingKeys.outlinePaneWidth, null)
  const [local, setLocal] = useState<number | null>(null)
  const width = local ?? (typeof stored === 'number' ? stored : null)
  const resize = useCallback((next: number, save: boolean) => {
    setLocal(next)
    if (save) void setSetting(settingKeys.outlinePaneWidth, next)
  }, [])
  const style = width === null ? undefined : ({ '--outline-width': `${width}px` } as CSSProperties)
  return { width, style, resize }
}

/**
 * The outline pane's right edge: drag it, or focus it and use ←/→ (Shift: larger steps),
 * Home (narrowest) and End (widest). A WAI-ARIA window splitter.
 */
export function OutlineSplitter({
  onResize,
}: {
  onResize: (width: number, save: boolean) => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null)
  const [dragging, setDragging] = useState(false)
  const [shown, setShown] = useState({ width: MIN_OUTLINE_WIDTH, max: MIN_OUTLINE_WIDTH })

  const pane = () => ref.current?.parentElement?.querySelector<HTMLElement>('.outline-pane')
  const paneWidth = () => Math.round(pane()?.getBoundingClientRect().width ?? MIN_OUTLINE_WIDTH)

  // aria-valuenow is the width as laid out (the CSS may clamp the stored one).
  useLayoutEffect(() => {
    const element = ref.current?.parentElement?.querySelector<HTMLElement>('.outline-pane')
    if (!element) return
    const measure = () =>
      setShown({
        width: Math.round(element.getBoundingClientRect().width),
        max: maxOutlineWidth(),
      })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP
    const current = paneWidth()
    const next =
      event.key === 'ArrowLeft'
        ? current - step
        : event.key === 'ArrowRight'
          ? current + step
          : event.key === 'Home'
            ? MIN_OUTLINE_WIDTH
            : event.key === 'End'
              ? maxOutlineWidth()
              : null
    if (next === null) return
    event.preventDefault()
    onResize(clampWidth(next), true)
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.focus()
    event.currentTarget.setPointerCapture(event.pointerId)
    const startWidth = paneWidth()
    drag.current = { startX: event.clientX, startWidth, width: startWidth }
    setDragging(true)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current
    if (!state) return
    state.width = clampWidth(state.startWidth + event.clientX - state.startX)
    onResize(state.width, false)
  }
  const endDrag = () => {
    const state = drag.current
    if (!state) return
    drag.current = null
    setDragging(false)
    onResize(state.width, true)
  }

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label="调整大纲宽度"
      aria-valuenow={shown.width}
      aria-valuemin={MIN_OUTLINE_WIDTH}
      aria-valuemax={shown.max}
      tabIndex={0}
      className={dragging ? 'outline-splitter dragging' : 'outline-splitter'}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
    />
  )
}
