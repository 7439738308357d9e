import type { Editor } from '@tiptap/core'
import type { QueuedKey } from '../domain/outline/keyQueue'

/** Type keys that arrived before the editor existed, in order, as if typed into it. */
export function applyQueuedKeys(
  editor: Editor,
  items: readonly QueuedKey[],
  exit: () => void,
): void {
  for (const item of items) {
    if (item.kind === 'text') editor.commands.insertContent(item.text)
    else if (item.key === 'Enter') editor.commands.keyboardShortcut('Enter')
    else if (item.key === 'Backspace') editor.commands.keyboardShortcut('Backspace')
    else if (item.key === 'Escape') {
      exit()
      return
    }
  }
}
