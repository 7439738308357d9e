import { docText } from '../../domain/outline/richText'
import type { RichDoc } from '../../domain/outline/types'
import { PREAMBLE_ID } from '../../domain/phrases/planSlots'
import { docPosition } from '../../domain/rollover/richEdits'
import { locateEntry, type RolloverEntry } from '../../domain/rollover/rolloverReport'
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

/** Where the entry's text stands now (what it reads, new or old), or its recorded offset. */
function findNow(text: string, entry: RolloverEntry) {
  for (const written of [entry.replacement, entry.original]) {
    const start = locateEntry(text, entry, written)
    if (start !== null) return { start, end: start + written.length }
  }
  return { start: entry.start, end: entry.start }
}

/** Opens the entry's title or body for editing, scrolls to it and selects the year. */
export function jumpToEntry(entry: RolloverEntry): void {
  const { place } = entry
  const store = useEditorStore.getState()
  if (place.field === 'planTitle') {
    // The plan's title is changed in the plan's form: shown at the top, the form opened there.
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    const title = document.querySelector('.doc-plan-title')?.textContent ?? ''
    const { start, end } = findNow(title, entry)
    openPlanInfo({ field: 'title', from: start, to: end })
    return
  }
  const nodeId = place.field === 'preamble' ? PREAMBLE_ID : place.nodeId
  if (place.field !== 'preamble') store.select(nodeId, { scroll: true })
  if (place.field === 'title') {
    store.startEditing(nodeId, 'title')
    whenReady(() => {
      const input = document
        .getElementById(docNodeId(nodeId))
        ?.querySelector<HTMLInputElement>('.doc-title-input')
      if (!input) return false
      const { start, end } = findNow(input.value, entry)
      input.focus()
      input.setSelectionRange(start, end)
      return true
    })
    return
  }
  store.startEditing(nodeId, 'body')
  whenReady(() => {
    const live = getLiveEditor()
    if (live?.nodeId !== nodeId) return false
    const doc = live.editor.getJSON() as RichDoc
    const { start, end } = findNow(docText(doc), entry)
    live.editor
      .chain()
      .setTextSelection({ from: docPosition(doc, start), to: docPosition(doc, end) })
      .scrollIntoView()
      .focus()
      .run()
    return true
  })
}
