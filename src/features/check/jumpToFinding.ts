import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { isPlanInfo, PLAN_TITLE, PREAMBLE, type Finding } from '../../domain/check/types'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import { docNodeId, treeRowId } from '../../ui/domIds'
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

/** Plain-text length of an inline node as docText counts it (a hard break is one newline). */
function inlineLength(node: ProseMirrorNode): number {
  if (node.isText) return node.text?.length ?? 0
  if (node.type.name === 'hardBreak') return 1
  let length = 0
  node.forEach((child) => (length += inlineLength(child)))
  return length
}

/** The document position of a docText offset (blocks joined by one newline). */
export function positionOfOffset(doc: ProseMirrorNode, offset: number): number {
  let text = 0
  let found = -1
  doc.forEach((block, blockPosition, index) => {
    if (found !== -1) return
    if (index > 0) text += 1
    const length = inlineLength(block)
    if (offset <= text + length) {
      // Inside a textblock every character and hard break is one position.
      found = block.isTextblock ? blockPosition + 1 + (offset - text) : blockPosition + 1
    }
    text += length
  })
  return found === -1 ? doc.content.size : Math.min(found, doc.content.size)
}

/** Its collapsed ancestors opened, so the tree can show the node. */
function expandAncestors(nodeId: string, parentOf: (nodeId: string) => string | null | undefined) {
  const store = useEditorStore.getState()
  const closed: string[] = []
  let parent = parentOf(nodeId) ?? null
  for (let steps = 0; parent !== null && steps < 10_000; steps++) {
    if (store.collapsed.has(parent)) closed.push(parent)
    parent = parentOf(parent) ?? null
  }
  if (closed.length === 0) return
  const collapsed = new Set(store.collapsed)
  closed.forEach((id) => collapsed.delete(id))
  store.setCollapsed(collapsed)
}

/**
 * Opens a finding's place and selects it: the item is selected (the tree and document scroll to
 * it through the store, so a row that is not rendered yet is rendered), its title or body is
 * edited, and once the field has mounted the range is selected.
 */
export function jumpToFinding(
  finding: Finding,
  parentOf: (nodeId: string) => string | null | undefined,
  /** Where focus goes back to when the plan's form (title, unit) closes. */
  returnFocus?: HTMLElement | null,
): void {
  const { nodeId, field, from, to } = finding
  const store = useEditorStore.getState()
  if (isPlanInfo(nodeId)) {
    // The plan's title and unit are set in its form: shown at the top, the form opened there.
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    openPlanInfo({ field: nodeId === PLAN_TITLE ? 'title' : 'unit', from, to }, returnFocus)
    return
  }
  if (nodeId !== PREAMBLE) {
    expandAncestors(nodeId, parentOf)
    store.select(nodeId, { scroll: true })
    // The tree follows too: its row, once drawn, brought into its pane (focus stays in the text).
    whenReady(() => {
      const row = document.getElementById(treeRowId(nodeId))
      row?.scrollIntoView({ block: 'nearest' })
      return row !== null
    })
  }
  store.startEditing(nodeId, field)
  if (field === 'body') {
    whenReady(() => {
      const live = getLiveEditor()
      if (live?.nodeId !== nodeId) return false
      const { doc } = live.editor.state
      live.editor
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
      input.focus()
      input.setSelectionRange(from, to)
      return true
    })
  }
}
