import { treeRowId } from './domIds'

/** How long a row is followed after focusing it: a move's new outline lands within this. */
const FOLLOW_MS = 1500

let following = 0

/**
 * Focus a tree row by node id: now if it is there, else once React has rendered it. For a short
 * while after, focus follows the row if it is lost to the page (a move re-places the row far
 * away in the virtual tree, which takes focus off it) — never if the user went elsewhere.
 */
export function focusTreeRow(id: string): void {
  const focus = () => {
    const row = document.getElementById(treeRowId(id))
    // Focus already inside the row (its title field) stays there.
    if (!row || row.contains(document.activeElement)) return false
    row.focus()
    return true
  }
  const started = performance.now()
  const run = ++following
  let focused = focus()
  const follow = () => {
    if (run !== following || performance.now() - started > FOLLOW_MS) return
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!focused || lost) focused = focus() || focused
    else if (!document.getElementById(treeRowId(id))?.contains(document.activeElement)) return
    requestAnimationFrame(follow)
  }
  requestAnimationFrame(follow)
}
