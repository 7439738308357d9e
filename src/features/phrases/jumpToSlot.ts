import { PLAN_TITLE_ID, PREAMBLE_ID, type PlanSlot } from '../../domain/phrases/planSlots'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import { docNodeId } from '../../ui/domIds'
import { openPlanInfo } from '../document/planInfoStore'

const WAIT_MS = 3000

/** Calls `attempt` each frame until it returns true (the target has mounted) or time runs out. */
function whenReady(attempt: () => boolean): void {
  const started = performance.now()
  const tick = () => {
    if (attempt() || performance.now() - started > WAIT_MS) return
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/**
 * Opens the slot's node for editing, scrolls to it and selects the slot. The plan's own title
 * is not edited in the document but in the plan's form: it is shown, and the form opened with
 * the slot selected.
 */
export function jumpToSlot(slot: PlanSlot): void {
  const store = useEditorStore.getState()
  if (slot.nodeId === PLAN_TITLE_ID) {
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    openPlanInfo({ field: 'title', from: slot.from, to: slot.to })
    return
  }
  if (slot.nodeId !== PREAMBLE_ID) store.select(slot.nodeId, { scroll: true })
  store.startEditing(slot.nodeId, slot.field)
  if (slot.field === 'body') {
    whenReady(() => {
      const live = getLiveEditor()
      if (live?.nodeId !== slot.nodeId) return false
      live.editor.chain().selectSlot(slot.index).focus().run()
      return true
    })
  } else {
    whenReady(() => {
      const input = document
        .getElementById(docNodeId(slot.nodeId))
        ?.querySelector<HTMLInputElement>('.doc-title-input')
      if (!input) return false
      input.focus()
      input.setSelectionRange(slot.from, slot.to)
      return true
    })
  }
}
