import { PLAN_TITLE_ID, PREAMBLE_ID, type PlanSlot } from '../../domain/phrases/planSlots'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import { docNodeId } from '../../ui/domIds'

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
 * is not edited in the document (its form is in the library): it is shown and flashed.
 */
export function jumpToSlot(slot: PlanSlot): void {
  const store = useEditorStore.getState()
  if (slot.nodeId === PLAN_TITLE_ID) {
    const title = document.querySelector<HTMLElement>('.doc-plan-title')
    title?.scrollIntoView({ block: 'center' })
    title?.animate([{ background: '#fff1b8' }, { background: 'transparent' }], 1200)
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
