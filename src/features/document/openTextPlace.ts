import type { Editor } from '@tiptap/core'
import { docText } from '../../domain/outline/richText'
import type { RichDoc } from '../../domain/outline/types'
import { PREAMBLE_ID } from '../../domain/phrases/planSlots'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { positionOfOffset } from '../../editor/positionOfOffset'
import { useEditorStore } from '../../store/editorStore'
import { docNodeId, treeRowId } from '../../ui/domIds'

const WAIT_MS = 3000

/** Calls `attempt` each frame until it returns true (the target has mounted) or time runs out. */
export function whenReady(attempt: () => boolean): void {
  const started = performance.now()
  const tick = () => {
    if (attempt() || performance.now() - started > WAIT_MS) return
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** Its collapsed ancestors opened, so the tree can show the node. */
function expandAncestors(nodeId: string, parentOf: (nodeId: string) => string | null | undefined) {
  const store = useEditorStore.getState()
  const closed: string[] = []
  let parent = parentOf(nodeId) ?? null
  for (let steps = 0; parent !== null && steps < 100_000; steps++) {
    if (store.collapsed.has(parent)) closed.push(parent)
    parent = parentOf(parent) ?? null
  }
  if (closed.length === 0) return
  const collapsed = new Set(store.collapsed)
  closed.forEach((id) => collapsed.delete(id))
  store.setCollapsed(collapsed)
}

/**
 * Shows a node without taking focus: collapsed ancestors opened, the node selected (the tree and
 * document scroll to it through the store, so a row not rendered yet is rendered), then its tree
 * row brought into its pane once drawn.
 */
export function revealNode(
  nodeId: string,
  parentOf: (nodeId: string) => string | null | undefined,
): void {
  expandAncestors(nodeId, parentOf)
  useEditorStore.getState().select(nodeId, { scroll: true })
  whenReady(() => {
    const row = document.getElementById(treeRowId(nodeId))
    row?.scrollIntoView({ block: 'nearest' })
    return row !== null
  })
}

export interface TextPlace {
  /** A node id, or 'preamble' (body only). */
  nodeId: string
  field: 'title' | 'body'
}

/** Plain-text offsets in a field's current text (as `docText` counts a body). */
export type RangeIn = (text: string) => { from: number; to: number }

/**
 * Opens a place's title or body for editing and, once the field has mounted, selects the range
 * `rangeIn` gives for its current text (or lets `selectInBody` select in the live editor).
 * With `parentOf`, the node is revealed in the tree as well (see revealNode).
 */
export function openTextPlace(
  place: TextPlace,
  rangeIn: RangeIn,
  options: {
    parentOf?: (nodeId: string) => string | null | undefined
    selectInBody?: (editor: Editor) => void
  } = {},
): void {
  const { nodeId, field } = place
  const store = useEditorStore.getState()
  if (nodeId !== PREAMBLE_ID) {
    if (options.parentOf) revealNode(nodeId, options.parentOf)
    else store.select(nodeId, { scroll: true })
  }
  store.startEditing(nodeId, field)
  if (field === 'body') {
    whenReady(() => {
      const live = getLiveEditor()
      if (live?.nodeId !== nodeId) return false
      const { editor } = live
      if (options.selectInBody) {
        options.selectInBody(editor)
        return true
      }
      const { from, to } = rangeIn(docText(editor.getJSON() as RichDoc))
      const { doc } = editor.state
      editor
        .chain()
        .setTextSelection({ from: positionOfOffset(doc, from), to: positionOfOffset(doc, to) })
        .scrollIntoView()
        .focus()
        .run()
      return true
    })
  } else {
    whenReady(() => {
      const input = document
        .getElementById(docNodeId(nodeId))
        ?.querySelector<HTMLInputElement>('.doc-title-input')
      if (!input) return false
      const { from, to } = rangeIn(input.value)
      input.focus()
      input.setSelectionRange(from, to)
      return true
    })
  }
}
