import { useEffect, useState } from 'react'

/** Rows drawn in the first frame, and added in each frame after it. */
export const FIRST_STEP = 60
const STEP = 60

/**
 * How many of a list's first `count` rows to draw now: FIRST_STEP at once, then STEP more in
 * each following task (after a frame), until all `count` are drawn. A list of hundreds of rows
 * of long Chinese text laid out in one go held the page 0.3 s (its first layout shapes every
 * glyph); in steps, keys typed meanwhile are answered between them. `atLeast` draws at once as
 * far as a row the user moved to. A longer `count` (显示更多) goes on from where it was.
 */
export function useDrawnInSteps(count: number, atLeast = 0): number {
  const [drawn, setDrawn] = useState(FIRST_STEP)
  const wanted = Math.max(drawn, atLeast + 1)
  if (wanted > drawn) setDrawn(wanted)
  useEffect(() => {
    if (drawn >= count) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn((now) => Math.min(count, now + STEP)))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [drawn, count])
  return Math.min(count, drawn)
}
