/**
 * The user's own presses of the mouse (or pen, or finger), counted. A focus effect that runs
 * later than the key or click that asked for it (a command's end, a row followed for a while)
 * compares the count from when it was asked: a press since means the user has put focus
 * somewhere themselves, and the effect gives way.
 */
let presses = 0
let watching = false

/** Start counting (once, at start-up): in the capture phase, before any handler moves focus. */
export function watchUserPresses(): void {
  if (watching) return
  watching = true
  document.addEventListener('pointerdown', () => (presses += 1), true)
}

export function userPresses(): number {
  return presses
}
