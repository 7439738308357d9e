import type { Editor } from '@tiptap/core'
import { PREAMBLE_ID, type FindMatch } from '../../domain/find/findInPlan'
import type { OutlineNode } from '../../domain/outline/types'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import { docNodeId, treeRowId } from '../../ui/domIds'
import { rangeOfMatch } from './highlightMatches'

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
function expandAncestors(nodeId: string, byId: ReadonlyMap<string, OutlineNode>): void {
  const store = useEditorStore.getState()
  const closed: string[] = []
  let parent = byId.get(nodeId)?.parentId ?? null
  for (let steps = 0; parent !== null && steps <= byId.size; steps++) {
    if (store.collapsed.has(parent)) closed.push(parent)
    parent = byId.get(parent)?.parentId ?? null
  }
  if (closed.length === 0) return
  const collapsed = new Set(store.collapsed)
  closed.forEach((id) => collapsed.delete(id))
  store.setCollapsed(collapsed)
}

/**
 * Shows a match without taking focus from the find bar: its node selected in the tree and
 * scrolled to in the document (through the store: the rows may not exist yet), then the match
 * itself scrolled into the middle of the document pane once it has been drawn.
 */
export function revealMatch(match: FindMatch, byId: ReadonlyMap<string, OutlineNode>): void {
  const store = useEditorStore.getState()
  if (match.nodeId === PREAMBLE_ID) {
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
  } else {
    expandAncestors(match.nodeId, byId)
    store.select(match.nodeId, { scroll: true })
    // The tree follows too (its row, once drawn, brought into its pane without moving focus).
    whenReady(() => {
      const row = document.getElementById(treeRowId(match.nodeId))
      row?.scrollIntoView({ block: 'nearest' })
      return row !== null
    })
  }
  whenReady(() => {
    const range = rangeOfMatch(match)
    if (!range) return match.nodeId !== PREAMBLE_ID && isEditingTitle(match)
    const box = range.getBoundingClientRect()
    const pane = document.querySelector('.document-pane')
    if (!pane) return true
    const view = pane.getBoundingClientRect()
    if (box.top < view.top + 40 || box.bottom > view.bottom - 40)
      pane.scrollBy({ top: box.top - view.top - view.height / 2 })
    return true
  })
}

const isEditingTitle = (match: FindMatch) =>
  document.getElementById(docNodeId(match.nodeId))?.querySelector('.doc-title-input') !== null

type ProseNode = Editor['state']['doc']

const inlineLength = (block: ProseNode) =>
  block.textBetween(0, block.content.size, '', (leaf) =>
    leaf.type.name === 'hardBreak' ? '\n' : '',
  ).length

function positionInBlock(block: ProseNode, start: number, offset: number): number {
  let remaining = offset
  let result: number | null = null
  block.descendants((node, pos) => {
    if (result !== null) return false
    if (node.isText) {
      const length = node.text?.length ?? 0
      if (remaining <= length) result = start + pos + remaining
      else remaining -= length
    } else if (node.type.name === 'hardBreak') {
      if (remaining === 0) result = start + pos
      else remaining -= 1
    }
    return true
  })
  return result ?? start
}

/** ProseMirror position of a plain-text offset (as docText counts: blocks one newline apart). */
export function positionOfOffset(editor: Editor, offset: number): number {
  const doc = editor.state.doc
  let remaining = offset
  let result: number | null = null
  doc.forEach((block, blockOffset, index) => {
    if (result !== null) return
    if (index > 0) remaining -= 1
    const length = inlineLength(block)
    if (remaining > length) remaining -= length
    else result = positionInBlock(block, blockOffset + 1, remaining)
  })
  return result ?? doc.content.size
}

/** Opens the field of a match for editing with the match selected (the bar has closed). */
export function openAtMatch(match: FindMatch): void {
  const store = useEditorStore.getState()
  if (match.nodeId !== PREAMBLE_ID) store.select(match.nodeId, { scroll: true })
  store.startEditing(match.nodeId, match.field)
  if (match.field === 'body') {
    whenReady(() => {
      const live = getLiveEditor()
      if (live?.nodeId !== match.nodeId) return false
      const from = positionOfOffset(live.editor, match.from)
      const to = positionOfOffset(live.editor, match.to)
      live.editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run()
      return true
    })
  } else {
    whenReady(() => {
      const input = document
        .getElementById(docNodeId(match.nodeId))
        ?.querySelector<HTMLInputElement>('.doc-title-input')
      if (!input) return false
      input.focus()
      input.setSelectionRange(match.from, match.to)
      return true
    })
  }
}
