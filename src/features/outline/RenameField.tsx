import { useRef, useState } from 'react'
import { indentItem, outdentItem } from '../../commands/outline/moveItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { newId } from '../../domain/newId'
import type { OutlineNode } from '../../domain/outline/types'
import { useEditorStore } from '../../store/editorStore'
import { isKeyCatcher } from '../../ui/keyCatcher'
import { treeRowId } from '../../ui/domIds'
import {
  dropEmptyNewItem,
  isNewItem,
  newItemMergeKey,
  newItemOrigin,
  startNewItem,
} from './newItemFlow'
import { useTitleField } from './useTitleField'

/**
 * The title field of a tree row, as in Word's outline view: Enter keeps it and opens the next
 * item; Tab / Shift+Tab indent / outdent and keep typing; Escape cancels (a new empty item goes
 * again, as does Enter or Backspace on it). What is typed is saved as it is typed.
 */
export function RenameField({ planId, node }: { planId: string; node: OutlineNode }) {
  const id = node.id
  const [session] = useState(newId)
  const leaving = useRef(false)
  const field = useTitleField({
    field: 'rename',
    planId,
    nodeId: id,
    stored: node.title,
    autoFocus: true,
    mergeKey: isNewItem(id) ? newItemMergeKey(id) : `rename:${id}:${session}`,
    onKey: (key, value) => act(key.key, key.shift, value),
  })

  const row = () => field.inputRef.current?.closest<HTMLElement>('[role="treeitem"]') ?? null
  const leave = () => {
    leaving.current = true
    field.release()
    useEditorStore.getState().startRenaming(null)
  }
  /**
   * Focus the row the new item was started from (else the row above) now, as this one is about
   * to go, so the next key lands there.
   */
  const focusRowAbove = () => {
    const origin = newItemOrigin(id)
    const originRow = origin ? document.getElementById(treeRowId(origin)) : null
    if (originRow) return originRow.focus()
    const current = row()
    const rows = Array.from(
      current?.closest('[role="tree"]')?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [],
    )
    rows[rows.indexOf(current as HTMLElement) - 1]?.focus()
  }

  const act = (key: string, shift: boolean, value: string): 'stay' | 'leave' => {
    const emptyNew = isNewItem(id) && value.trim() === ''
    if (key === 'Tab') {
      void runPlanCommand(shift ? outdentItem : indentItem, planId, { id, focus: 'none' })
      return 'stay'
    }
    if (key === 'Backspace' && !(emptyNew && value === '')) return 'stay'
    leave()
    if (key === 'Backspace') {
      void dropEmptyNewItem(planId, id, 'previousTitle')
    } else if (emptyNew) {
      // Enter or Escape on an empty new item ends the run of new items, leaving none behind.
      focusRowAbove()
      void dropEmptyNewItem(planId, id, 'previousRow')
    } else if (key === 'Enter') {
      if (value !== value.trim()) field.setValue(value.trim())
      void startNewItem(planId, 'sibling', id, 'rename')
    } else {
      // Escape: an existing title goes back to what it was when the field opened (unless another
      // window renamed it since: that rename stands).
      const revertTo = field.revertTo()
      if (!isNewItem(id) && revertTo !== null && value !== revertTo) field.setValue(revertTo)
      row()?.focus()
      void field.flush()
    }
    return 'leave'
  }

  return (
    <input
      ref={field.inputRef}
      className="rename-input"
      aria-label="条目标题"
      placeholder="输入标题，回车新建下一条"
      value={field.value}
      onChange={(event) => field.setValue(event.target.value)}
      onKeyDown={(event) => {
        // Keys typed here are the title's, never the tree's.
        event.stopPropagation()
        field.onKeyDown(event)
      }}
      onBlur={(event) => {
        if (leaving.current || isKeyCatcher(event.relatedTarget as Element | null)) return
        void field.flush()
        // The window lost focus (another program): the field stays open for the return.
        if (!document.hasFocus()) return
        leave()
        // Focus went where the user put it (a click elsewhere): it stays there.
        if (isNewItem(id) && field.valueRef.current.trim() === '')
          void dropEmptyNewItem(planId, id, 'stay')
      }}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  )
}
