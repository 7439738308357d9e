import { useEffect, useRef } from 'react'
import { takeAutoSnapshot } from '../../commands/history/autoSnapshot'

/** After an edit makes a snapshot due, wait this long, then for an idle moment, before taking it. */
const SETTLE_MS = 5000

/**
 * An automatic version at most every 10 minutes while the plan is edited. On each save (the
 * plan's updatedAt changes) only a time compare runs; the snapshot itself runs seconds later.
 */
export function useAutoSnapshot(planId: string, updatedAt: number): void {
  const dueAt = useRef(0)
  const openedAt = useRef(updatedAt)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    // Opening the plan is not an edit.
    if (updatedAt === openedAt.current || timer.current || Date.now() < dueAt.current) return
    timer.current = setTimeout(() => {
      const run = () =>
        void takeAutoSnapshot(planId).then((next) => {
          dueAt.current = next
          timer.current = null
        })
      if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 })
      else run()
    }, SETTLE_MS)
  }, [planId, updatedAt])

  // Leaving the plan drops a snapshot not yet started.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )
}
