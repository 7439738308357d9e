import type { Editor } from '@tiptap/core'
import { Selection, TextSelection } from '@tiptap/pm/state'

/**
 * Focus an editor now, with the caret at `at`. Tiptap's focus command waits for the next frame,
 * and keys typed in that frame would land wherever focus was before (a title field).
 */
export function focusEditorNow(editor: Editor, at: 'start' | 'end' | number): void {
  const { state, view } = editor
  const selection =
    at === 'start'
      ? Selection.atStart(state.doc)
      : at === 'end'
        ? Selection.atEnd(state.doc)
        : TextSelection.near(state.doc.resolve(Math.max(0, Math.min(at, state.doc.content.size))))
  view.dispatch(state.tr.setSelection(selection).scrollIntoView())
  view.focus()
}
