import type { KeyboardEvent } from 'react'
import type { FlatRow } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { focusTreeRow, treeCommands } from './treeCommands'

/** Keyboard of the outline tree (WAI-ARIA tree pattern plus the editing keys). */
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
  const row = visible[index]
  const store = useEditorStore.getState()
  const focusAt = (target: FlatRow | undefined) => {
    if (!target) return
    store.select(target.node.id, { scroll: true })
    focusTreeRow(target.node.id)
  }
  const mod = event.ctrlKey || event.metaKey
  const key = event.key
  let handled = true

  if (mod && !event.shiftKey && key.toLowerCase() === 'z') void treeCommands.undo(planId)
  else if (mod && ((event.shiftKey && key.toLowerCase() === 'z') || key.toLowerCase() === 'y'))
    void treeCommands.redo(planId)
  else if (event.altKey && key === 'ArrowUp') void treeCommands.moveUp(planId, id)
  else if (event.altKey && key === 'ArrowDown') void treeCommands.moveDown(planId, id)
  else if (mod && key === 'Enter') store.startEditing(id, 'body')
  else if (mod && key.toLowerCase() === 'd') void treeCommands.duplicate(planId, id)
  else if (event.altKey || mod) handled = false
  else if (key === 'ArrowDown') focusAt(visible[index + 1])
  else if (key === 'ArrowUp') focusAt(visible[index - 1])
  else if (key === 'Home') focusAt(visible[0])
  else if (key === 'End') focusAt(visible.at(-1))
  else if (key === 'ArrowRight') {
    if (row.hasChildren && collapsed.has(id)) store.toggleCollapsed(id)
    else if (row.hasChildren) focusAt(visible[index + 1])
  } else if (key === 'ArrowLeft') {
    if (row.hasChildren && !collapsed.has(id)) store.toggleCollapsed(id)
    else if (row.node.parentId)
      focusAt(visible.find((other) => other.node.id === row.node.parentId))
  } else if (key === 'Enter') void treeCommands.addSiblingAfter(planId, id)
  else if (key === 'F2') store.startRenaming(id)
  else if (key === 'Tab' && event.shiftKey) void treeCommands.outdent(planId, id)
  else if (key === 'Tab') void treeCommands.indent(planId, id)
  else if (key === 'Delete') requestDelete(id)
  else if (key === '*') store.setCollapsed([])
  else handled = false

  if (handled) {
    event.preventDefault()
    event.stopPropagation()
  }
}
