import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { MouseEvent } from 'react'
import { useLiveEditor } from '../../editor/liveEditorRegistry'

const MARKS = [
  { mark: 'bold', label: '加粗', keys: 'Ctrl+B', face: <b>B</b> },
  { mark: 'italic', label: '倾斜', keys: 'Ctrl+I', face: <i>I</i> },
  { mark: 'underline', label: '下划线', keys: 'Ctrl+U', face: <u>U</u> },
] as const

type MarkName = (typeof MARKS)[number]['mark']

/** Bold / italic / underline for the node being edited; disabled when nothing is. */
export function FormatButtons() {
  const live = useLiveEditor()
  if (!live || live.editor.isDestroyed)
    return (
      <div role="group" aria-label="文字格式" className="format-buttons">
        {MARKS.map(({ mark, label, face }) => (
          <button key={mark} type="button" disabled aria-label={label}>
            {face}
          </button>
        ))}
      </div>
    )
  return <LiveFormatButtons key={live.nodeId} editor={live.editor} />
}

function LiveFormatButtons({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }): Record<MarkName, boolean> => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
    }),
  })
  // mousedown, not click: the editor keeps its selection.
  const toggle = (mark: MarkName) => (event: MouseEvent) => {
    event.preventDefault()
    editor.chain().focus().toggleMark(mark).run()
  }
  return (
    <div role="group" aria-label="文字格式" className="format-buttons">
      {MARKS.map(({ mark, label, keys, face }) => (
        <button
          key={mark}
          type="button"
          aria-label={label}
          title={keys}
          aria-pressed={active[mark]}
          onMouseDown={toggle(mark)}
        >
          {face}
        </button>
      ))}
    </div>
  )
}
