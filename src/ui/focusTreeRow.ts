import { treeRowId } from './domIds'

/** Focus a tree row by node id: now if it is there, else once React has rendered it. */
export function focusTreeRow(id: string): void {
  const focus = () => {
    const row = document.getElementById(treeRowId(id))
    // Focus already inside the row (its title field) stays there.
    if (!row || row.contains(document.activeElement)) return false
    row.focus()
    return true
  }
  if (!focus()) requestAnimationFrame(focus)
}
