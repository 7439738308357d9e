import { useEditorState } from '@tiptap/react'
import type { Editor } from '@tiptap/core'
import { useLiveEditor } from '../../editor/liveEditorRegistry'

/** Bold / italic / underline for the node being edited. */
export function FormatButtons() {
  const live = useLiveEditor()
  if (!live || live.editor.isDestroyed) {
    return (
      <div role="group" aria-label="文字格式" className="format-buttons">
        <button type="button" disabled aria-label="加粗">
          <b>B</b>
        </button>
        <button type="button" disabled aria-label="倾斜">
          <i>I</i>
        </button>
        <button type="button" disabled aria-label="下划线">
          <u>U</u>
        </button>
      </div>
    )
  }
  return <LiveFormatButtons key={live.nodeId} editor={live.editor} />
}

function LiveFormatButtons({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
    }),
  })
  const press = (run: () => void) => (event: React.MouseEvent) => {
    event.preventDefault()
    run()
  }
  return (
    <div role="group" aria-label="文字格式" className="format-buttons">
      <button
        type="button"
        aria-label="加粗"
        title="Ctrl+B"
        aria-pressed={state.bold}
        onMouseDown={press(() => editor.chain().focus().toggleBold().run())}
      >
        <b>B</b>
      </button>
      <button
        type="button"
        aria-label="倾斜"
        title="Ctrl+I"
        aria-pressed={state.italic}
        onMouseDown={press(() => editor.chain().focus().toggleItalic().run())}
      >
        <i>I</i>
      </button>
      <button
        type="button"
        aria-label="下划线"
        title="Ctrl+U"
        aria-pressed={state.underline}
        onMouseDown={press(() => editor.chain().focus().toggleUnderline().run())}
      >
        <u>U</u>
      </button>
    </div>
  )
}
