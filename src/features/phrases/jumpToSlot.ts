import { PLAN_TITLE_ID, type PlanSlot } from '../../domain/phrases/planSlots'
import { openTextPlace } from '../document/openTextPlace'
import { openPlanInfo } from '../document/planInfoStore'

/**
 * Opens the slot's node for editing, scrolls to it and selects the slot. The plan's own title
 * is not edited in the document but in the plan's form: it is shown, and the form opened with
 * the slot selected.
 */
export function jumpToSlot(slot: PlanSlot): void {
  if (slot.nodeId === PLAN_TITLE_ID) {
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    openPlanInfo({ field: 'title', from: slot.from, to: slot.to })
    return
  }
  openTextPlace(slot, () => slot, {
    // In a body the slot is selected as Tab selects one (the phrase session follows it).
    selectInBody: (editor) => editor.chain().selectSlot(slot.index).focus().run(),
  })
}
