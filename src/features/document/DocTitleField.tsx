import { indentItem, outdentItem } from '../../commands/outline/moveItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import type { OutlineNode } from '../../domain/outline/types'
import { focusLiveBody } from '../../editor/focusLiveBody'
import { useEditorStore } from '../../store/editorStore'
import { focusTreeRow } from '../../ui/focusTreeRow'
import { armKeyCatcher, putBackQueuedKeys, takeQueuedKeys } from '../../ui/keyCatcher'
import { dropEmptyNewItem, isNewItem, newItemMergeKey, startNewItem } from '../outline/newItemFlow'
import { useTitleField } from '../outline/useTitleField'

/**
 * An item's title in the document while the item is edited: saved as typed. Enter goes to the
 * body, Ctrl+Enter starts the next item, Tab / Shift+Tab indent / outdent, Escape leaves (a new
 * empty item goes again, as it does on Backspace).
 */
export function DocTitleField(props: { node: OutlineNode; autoFocus: boolean; session: string }) {
  const { node, autoFocus, session } = props
  const id = node.id
  const planId = node.planId
  const field = useTitleField({
    field: 'title',
    planId,
    nodeId: id,
    stored: node.title,
    autoFocus,
    mergeKey: isNewItem(id) ? newItemMergeKey(id) : `rename:${id}:${session}`,
    onKey: (key, value) => act(key.key, key.shift, value, key.mod),
  })

  const act = (key: string, shift: boolean, value: string, mod = false): 'stay' | 'leave' => {
    const emptyNew = isNewItem(id) && value.trim() === ''
    if (key === 'Enter' && mod) {
      field.release()
      void startNewItem(planId, 'sibling', id, 'title')
      return 'leave'
    }
    if (key === 'Tab') {
      void runPlanCommand(shift ? outdentItem : indentItem, planId, { id, focus: 'none' })
      return 'stay'
    }
    if (key === 'Backspace' && !(emptyNew && value === '')) return 'stay'
    field.release()
    if (key === 'Enter') {
      if (value !== value.trim()) field.setValue(value.trim())
      // Keys still queued after this Enter were typed for the body. Replayed as the item opens,
      // its body editor mounts just after this field: then it is there once this commit ends.
      const queued = takeQueuedKeys()
      const next = () => void startNewItem(planId, 'sibling', id, 'title')
      if (!focusLiveBody(id, queued, next))
        queueMicrotask(() => {
          if (focusLiveBody(id, queued, next)) return
          // No body editor yet (the plan's document still loading): the keys wait for it, and
          // it takes focus and them as it opens, its caret at its start.
          putBackQueuedKeys(queued)
          armKeyCatcher({ field: 'body', planId, nodeId: id, at: 'start' })
          useEditorStore.getState().startEditing(id, 'body')
        })
    } else if (emptyNew) {
      // Escape or Backspace on an empty new item: it goes, and typing goes on above.
      void dropEmptyNewItem(planId, id, 'previousBody')
    } else {
      void field.flush()
      useEditorStore.getState().stopEditing()
      focusTreeRow(id)
    }
    return 'leave'
  }

  return (
    <input
      ref={field.inputRef}
      className="doc-title-input"
      aria-label="条目标题"
      placeholder="输入标题，回车写正文"
      value={field.value}
      onChange={(event) => field.setValue(event.target.value)}
      onFocus={field.claim}
      onBlur={() => {
        field.release()
        void field.flush()
      }}
      onKeyDown={field.onKeyDown}
    />
  )
}
