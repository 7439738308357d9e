import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react'
import { prefixOffsets, sameRange, segmentsFor, windowRange, type Segment } from './virtualWindow'

export interface VirtualListOptions {
  count: number
  /** A stable key per index (node id): measured sizes follow the item when it moves. */
  keyOf: (index: number) => string
  /** Size of an item not yet measured, in px. */
  estimate: (index: number) => number
  /** The element that scrolls. */
  scroller: RefObject<HTMLElement | null>
  /** The element whose children are the items (and spacers). */
  list: RefObject<HTMLElement | null>
  /** The attribute on each rendered item that holds its key. */
  keyAttribute: string
  /** Extra px rendered above and below the viewport. */
  overscan: number
  /** Indexes rendered wherever they are (selection, the item being edited). */
  pinned: readonly number[]
  /** Lists this long or shorter render every item (small plans behave as they always did). */
  threshold: number
}

const ALL = { start: 0, end: Number.MAX_SAFE_INTEGER }

/**
 * A virtual list in normal flow: the items near the viewport plus the pinned ones, with spacers
 * sized from measured (or estimated) heights for the rest.
 */
export function useVirtualList(options: VirtualListOptions): Segment[] {
  const { count, keyOf, estimate, scroller, list, keyAttribute, overscan, threshold } = options
  const virtual = count > threshold
  const measured = useRef(new Map<string, number>())
  const [measureVersion, setMeasureVersion] = useState(0)
  const offsets = useMemo(
    () => prefixOffsets(count, (index) => measured.current.get(keyOf(index)) ?? estimate(index)),
    // measureVersion: new sizes were measured into the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, keyOf, estimate, measureVersion],
  )
  const [view, setView] = useState({
    top: 0,
    bottom: typeof window === 'undefined' ? 1000 : window.innerHeight,
  })
  const range = virtual ? windowRange(offsets, view.top, view.bottom, overscan) : ALL
  const latest = useRef({ offsets, range })
  useLayoutEffect(() => {
    latest.current = { offsets, range }
  })

  // The viewport, relative to the list's top; state changes only when the rendered range would.
  const readView = useCallback(
    (force: boolean) => {
      const scrollElement = scroller.current
      const listElement = list.current
      if (!scrollElement || !listElement) return
      // The list's top within the scrolled content (0 when the list is the scroller itself).
      const listTop =
        listElement === scrollElement
          ? 0
          : listElement.getBoundingClientRect().top -
            scrollElement.getBoundingClientRect().top +
            scrollElement.scrollTop
      const top = scrollElement.scrollTop - listTop
      const next = { top, bottom: top + scrollElement.clientHeight }
      const { offsets: current, range: shown } = latest.current
      if (force || !sameRange(windowRange(current, next.top, next.bottom, overscan), shown))
        setView(next)
    },
    [scroller, list, overscan],
  )

  useEffect(() => {
    const scrollElement = scroller.current
    if (!virtual || !scrollElement) return
    let frame = 0
    const onScroll = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        readView(false)
      })
    }
    readView(true)
    scrollElement.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)
    return () => {
      scrollElement.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [virtual, scroller, readView])

  // Measure rendered items; a changed size re-computes the offsets once per frame.
  const observer = useRef<ResizeObserver | null>(null)
  const observed = useRef(new Set<Element>())
  useEffect(() => {
    if (!virtual || typeof ResizeObserver === 'undefined') return
    let frame = 0
    const sizes = measured.current
    const watching = observed.current
    const resizeObserver = new ResizeObserver((entries) => {
      let changed = false
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).getAttribute(keyAttribute)
        if (!key || !entry.target.isConnected) continue
        const size =
          entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight
        if (Math.abs((sizes.get(key) ?? -1) - size) < 0.5) continue
        sizes.set(key, size)
        changed = true
      }
      if (changed && !frame)
        frame = requestAnimationFrame(() => {
          frame = 0
          setMeasureVersion((version) => version + 1)
        })
    })
    observer.current = resizeObserver
    return () => {
      resizeObserver.disconnect()
      watching.clear()
      observer.current = null
      cancelAnimationFrame(frame)
    }
  }, [virtual, keyAttribute])

  useLayoutEffect(() => {
    const resizeObserver = observer.current
    const listElement = list.current
    if (!resizeObserver || !listElement) return
    const watching = observed.current
    for (const element of watching)
      if (!element.isConnected) {
        resizeObserver.unobserve(element)
        watching.delete(element)
      }
    for (const element of listElement.querySelectorAll(`:scope > [${keyAttribute}]`))
      if (!watching.has(element)) {
        resizeObserver.observe(element)
        watching.add(element)
      }
  })

  const pinnedKey = options.pinned.join(',')
  return useMemo(
    () =>
      virtual
        ? segmentsFor(offsets, range, options.pinned)
        : count > 0
          ? [{ kind: 'items' as const, start: 0, end: count }]
          : [],
    // pinnedKey stands for the pinned list's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [virtual, offsets, range.start, range.end, pinnedKey, count],
  )
}
