/** How close to a scrolling pane's top or bottom edge a drag scrolls it, in px. */
export const EDGE = 48
/** The fastest scroll, in px per frame, reached at the very edge. */
const MAX_STEP = 24
/** A drag that sends no dragover for this long has left: the scrolling stops. */
const IDLE_MS = 250
/** The pointer must rest near the edge this long first: a drop on the last visible row stays put. */
const DELAY_MS = 300

/** Px per frame to scroll for a pointer at `y` in a pane from `top` to `bottom` (negative: up). */
export function edgeScrollStep(y: number, top: number, bottom: number): number {
  if (bottom - top < EDGE * 3) return 0
  if (y < top + EDGE) return -Math.ceil(((top + EDGE - y) / EDGE) * MAX_STEP)
  if (y > bottom - EDGE) return Math.ceil(((y - (bottom - EDGE)) / EDGE) * MAX_STEP)
  return 0
}

let pane: HTMLElement | null = null
let step = 0
let lastOver = 0
let enteredAt = 0
let frame = 0

function tick() {
  frame = 0
  const now = performance.now()
  if (!pane || step === 0 || now - lastOver > IDLE_MS) return
  if (now - enteredAt >= DELAY_MS) pane.scrollTop += step
  frame = requestAnimationFrame(tick)
}

/**
 * A drag over a scrolling pane near its edge scrolls it, a frame at a time, for as long as the
 * pointer stays there (dragover keeps coming), so rows beyond the viewport can be reached.
 */
export function dragEdgeScroll(element: HTMLElement, clientY: number): void {
  const box = element.getBoundingClientRect()
  const next = edgeScrollStep(clientY, box.top, box.bottom)
  if (next !== 0 && (step === 0 || pane !== element)) enteredAt = performance.now()
  pane = element
  step = next
  lastOver = performance.now()
  if (step !== 0 && !frame) frame = requestAnimationFrame(tick)
}

/** The drag ended or left: no more scrolling. */
export function stopEdgeScroll(): void {
  step = 0
  pane = null
  cancelAnimationFrame(frame)
  frame = 0
}
