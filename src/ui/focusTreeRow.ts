import { treeRowId } from './domIds'
import { userPresses } from './userPresses'

/** How long a row is followed after focusing it: a move's new outline lands within this. */
const FOLLOW_MS = 1500

let following = 0

/**
 * Focus a tree row by node id: now if it is there, else once React has rendered it. For a short
 * while after, focus follows the row if it is lost to the page (a move re-places the row far
 * away in the virtual tree, which takes focus off it) — never once the user went elsewhere: a
 * press of the mouse anywhere, or focus found outside the row after it had it, ends the following.
 */
export function focusTreeRow(id: string): void {
  const row = () => document.getElementById(treeRowId(id))
  /** Whether focus is on the row (or in it: its title field), putting it there if need be. */
  const focus = () => {
    const element = row()
    if (!element) return false
    if (!element.contains(document.activeElement)) element.focus()
    return true
  }
  const started = performance.now()
  const presses = userPresses()
  const run = ++following
  let focused = focus()
  const follow = () => {
    if (run !== following || userPresses() !== presses) return
    if (performance.now() - started > FOLLOW_MS) return
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!focused || lost) focused = focus() || focused
    else if (!row()?.contains(document.activeElement)) return
    requestAnimationFrame(follow)
  }
  requestAnimationFrame(follow)
}
