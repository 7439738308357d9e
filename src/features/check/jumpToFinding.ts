import { isPlanInfo, PLAN_TITLE, type Finding } from '../../domain/check/types'
import { openTextPlace } from '../document/openTextPlace'
import { openPlanInfo } from '../document/planInfoStore'

/**
 * Opens a finding's place and selects it: the item is revealed in the tree and document (through
 * the store, so a row that is not rendered yet is rendered), its title or body is edited, and
 * once the field has mounted the range is selected.
 */
export function jumpToFinding(
  finding: Finding,
  parentOf: (nodeId: string) => string | null | undefined,
  /** Where focus goes back to when the plan's form (title, unit) closes. */
  returnFocus?: HTMLElement | null,
): void {
  const { nodeId, field, from, to } = finding
  if (isPlanInfo(nodeId)) {
    // The plan's title and unit are set in its form: shown at the top, the form opened there.
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    openPlanInfo({ field: nodeId === PLAN_TITLE ? 'title' : 'unit', from, to }, returnFocus)
    return
  }
  openTextPlace({ nodeId, field }, () => ({ from, to }), { parentOf })
}
