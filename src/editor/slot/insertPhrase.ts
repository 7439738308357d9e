import type { Editor } from '@tiptap/core'

/**
 * Inserts a phrase into the live editor at `position` (a ProseMirror document position) or over
 * the selection, with its `××` marked as slots, selects the first slot and focuses the editor.
 */
export function insertPhrase(editor: Editor, text: string, position?: number): boolean {
  if (editor.isDestroyed || text === '') return false
  const size = editor.state.doc.content.size
  const at = position === undefined ? undefined : Math.max(0, Math.min(position, size))
  return editor.chain().insertPhrase(text, at).focus().run()
}
