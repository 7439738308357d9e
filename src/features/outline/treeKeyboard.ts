import type { KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { matchesKeys } from '../../commands/keys'
import { OUTLINE_ITEM_COMMANDS } from '../../commands/outlineCommands'
import { addSiblingAfter } from '../../commands/outline/addItem'
import { removeItem } from '../../commands/outline/removeItem'
import { replayUndo, runPlanCommand } from '../../commands/runPlanCommand'
import type { FlatRow } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { focusTreeRow } from '../../ui/focusTreeRow'
import { armKeyCatcher } from '../../ui/keyCatcher'
import { startNewItem } from './newItemFlow'

/** Undo and redo, wherever the plan's own undo applies (not inside a live body). */
export function handleUndoKeys(event: KeyboardEvent<HTMLElement>, planId: string): boolean {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (mod && !event.shiftKey && !event.altKey && key === 'z') void replayUndo(planId, 'undo')
  else if (mod && ((event.shiftKey && key === 'z') || (!event.shiftKey && key === 'y')))
    void replayUndo(planId, 'redo')
  else return false
  event.preventDefault()
  event.stopPropagation()
  return true
}

/** Keyboard of the outline tree: the WAI-ARIA tree pattern, plus the outline commands' keys. */
export function handleTreeKey(
  event: KeyboardEvent<HTMLElement>,
  planId: string,
  visible: FlatRow[],
  collapsed: ReadonlySet<string>,
  requestDelete: (id: string) => void,
): void {
  const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')
  if (!rowElement || event.target !== rowElement) return
  const id = rowElement.dataset.id as string
  const index = visible.findIndex((row) => row.node.id === id)
  if (index < 0) return
  if (handleUndoKeys(event, planId)) return
  const row = visible[index]
  const store = useEditorStore.getState()
  const focusAt = (target: FlatRow | undefined) => {
    if (!target) return
    // Rendered now (the virtual tree renders the selected row wherever it is), so focus moves
    // before the next key: a key pressed right after End must not land on the old row.
    flushSync(() => store.select(target.node.id, { scroll: true }))
    focusTreeRow(target.node.id)
  }
  const mod = event.ctrlKey || event.metaKey
  const key = event.key
  const command = OUTLINE_ITEM_COMMANDS.find((candidate) => matchesKeys(event, candidate.keys))
  let handled = true

  if (command === addSiblingAfter) void startNewItem(planId, 'sibling', id, 'rename')
  else if (command === removeItem) requestDelete(id)
  else if (command) void runPlanCommand(command, planId, { id })
  else if (mod && !event.altKey && !event.shiftKey && key === 'Enter') {
    // The body opens with the caret at its end; keys typed until it is there are kept for it.
    armKeyCatcher({ field: 'body', planId, nodeId: id, at: 'end' })
    store.startEditing(id, 'body')
  } else if (event.altKey || mod) handled = false
  else if (key === 'ArrowDown') focusAt(visible[index + 1])
  else if (key === 'ArrowUp') focusAt(visible[index - 1])
  else if (key === 'Home') focusAt(visible[0])
  else if (key === 'End') focusAt(visible.at(-1))
  else if (key === 'PageDown')
    focusAt(visible[Math.min(visible.length - 1, index + pageOf(rowElement))])
  else if (key === 'PageUp') focusAt(visible[Math.max(0, index - pageOf(rowElement))])
  else if (key === 'ArrowRight') {
    if (row.hasChildren && collapsed.has(id)) store.toggleCollapsed(id)
    else if (row.hasChildren) focusAt(visible[index + 1])
  } else if (key === 'ArrowLeft') {
    if (row.hasChildren && !collapsed.has(id)) store.toggleCollapsed(id)
    else if (row.node.parentId)
      focusAt(visible.find((other) => other.node.id === row.node.parentId))
  } else if (key === 'F2') store.startRenaming(id)
  else if (key === '*') store.setCollapsed([])
  else handled = false

  if (handled) {
    event.preventDefault()
    event.stopPropagation()
  }
}

/** Rows that fit in the tree's viewport, less one kept for context (PageUp / PageDown). */
function pageOf(rowElement: HTMLElement): number {
  const treeHeight = rowElement.closest('[role="tree"]')?.clientHeight ?? 0
  return Math.max(1, Math.floor(treeHeight / Math.max(1, rowElement.offsetHeight)) - 1)
}
