/** Where F6 / Shift+F6 move focus, in order: toolbar, outline, document, phrase panel. */
const PANES = ['.editor-toolbar', '.outline-tree', '.document-pane', '.side-panel'] as const

/** The element inside a pane that takes focus: its roving tab stop, or its first control. */
function focusTarget(pane: Element): HTMLElement | null {
  return (
    pane.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]') ??
    pane.querySelector<HTMLElement>('input[type="search"], [role="searchbox"]') ??
    (pane.matches('.document-pane') ? (pane as HTMLElement) : null) ??
    pane.querySelector<HTMLElement>('a[href], button:not(:disabled), input, select, [tabindex="0"]')
  )
}

/**
 * F6 moves between the panes (as in Word and browsers), so Tab can indent in the tree and
 * still no one is trapped there.
 */
export function cyclePane(root: HTMLElement, backwards: boolean): void {
  // A pane hidden for now (the phrase panel while 检查 takes its place) is skipped.
  const panes = PANES.map((selector) => root.querySelector(selector)).filter(
    (pane): pane is Element => pane !== null && pane.getClientRects().length > 0,
  )
  const current = panes.findIndex((pane) => pane.contains(document.activeElement))
  for (let step = 1; step <= panes.length; step++) {
    const index = (current + (backwards ? -step : step) + panes.length) % panes.length
    const target = focusTarget(panes[index])
    if (target) {
      target.focus()
      return
    }
  }
}
