import type { Editor } from '@tiptap/core'
import type { QueuedKey } from '../domain/outline/keyQueue'

export interface QueuedKeyActions {
  /** Escape: editing ends. */
  exit: () => void
  /** Ctrl+Enter: the next item (the keys after it are put back for its title). */
  nextItem?: () => void
  putBack: (items: readonly QueuedKey[]) => void
}

/** Type keys that arrived before the editor existed, in order, as if typed into it. */
export function applyQueuedKeys(
  editor: Editor,
  items: readonly QueuedKey[],
  actions: QueuedKeyActions,
): void {
  for (const [index, item] of items.entries()) {
    if (item.kind === 'text') editor.commands.insertContent(item.text)
    else if (item.kind === 'caret') editor.commands.focus(item.to)
    else if (item.key === 'Enter' && item.mod) {
      if (!actions.nextItem) continue
      actions.putBack(items.slice(index + 1))
      actions.nextItem()
      return
    } else if (item.key === 'Enter')
      editor.commands.keyboardShortcut(item.shift ? 'Shift-Enter' : 'Enter')
    else if (item.key === 'Backspace') editor.commands.keyboardShortcut('Backspace')
    else if (item.key === 'Escape') {
      actions.exit()
      return
    }
  }
}
