import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react'
import { history, historyKeymap, standardKeymap } from '@codemirror/commands'
import { EditorState, type Text } from '@codemirror/state'
import { EditorView, keymap } from '@codemirror/view'

/** What the import dialog asks of the box. */
export interface PasteBoxHandle {
  /** The whole text, as typed and pasted. */
  text(): string
  focus(): void
}

interface PasteBoxProps {
  /** The box's accessible name (it has no <label>: the editing surface is in a shadow root). */
  label: string
  placeholder: string
  autoFocus?: boolean
  /** Called when the box goes from blank to holding text, or back. */
  onHasTextChange: (hasText: boolean) => void
  /** A file dropped on the box: opened as the file picker opens it, never put in as text. */
  onFileDrop: (file: File) => void
  ref?: Ref<PasteBoxHandle>
}

/**
 * A plain-text box for a pasted plan of any size: CodeMirror, which lays out only the lines in
 * view. A `<textarea>` lays out all of them at every key: 0.15 to 0.3 s a typed key in a paste of
 * 99,000 lines, and an input method's composition 4 to 13 s a step at 10,000 lines (Chromium's
 * cost grows with the square of the lines before the caret). Here both take a frame.
 *
 * It lives in a shadow root: CodeMirror's own CSS then goes in as a constructed stylesheet, which
 * the page's CSP allows, where a `<style>` element is refused (style-src has no 'unsafe-inline').
 */
export function PasteBox({
  label,
  placeholder,
  autoFocus,
  onHasTextChange,
  onFileDrop,
  ref,
}: PasteBoxProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const reportHasText = useRef(onHasTextChange)
  reportHasText.current = onHasTextChange
  const openDropped = useRef(onFileDrop)
  openDropped.current = onFileDrop
  /**
   * The placeholder is drawn here, over the box, not by CodeMirror: its placeholder is a widget,
   * which CodeMirror brackets with `<img>` elements (cm-widgetBuffer), and the import dialog holds
   * no element that could load or run anything (e2e/hostile-input.spec.ts).
   */
  const [empty, setEmpty] = useState(true)

  useImperativeHandle(
    ref,
    () => ({
      text: () => view.current?.state.doc.toString() ?? '',
      focus: () => view.current?.focus(),
    }),
    [],
  )

  useEffect(() => {
    const element = host.current
    if (!element) return
    // delegatesFocus: focusing the host (a <dialog> opening on its autofocus, a click on its
    // border) puts the caret in the text.
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open', delegatesFocus: true })
    let hadText = false
    const editor = new EditorView({
      parent: root,
      root,
      state: EditorState.create({
        extensions: [
          history(),
          keymap.of([...standardKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-placeholder': placeholder }),
          pasteBoxTheme,
          // CodeMirror would read a dropped file as text (a Word file's bytes as garbage).
          EditorView.domEventHandlers({
            drop: (event) => {
              const file = event.dataTransfer?.files[0]
              if (!file) return false
              event.preventDefault()
              openDropped.current(file)
              return true
            },
          }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return
            setEmpty(update.state.doc.length === 0)
            const hasText = holdsText(update.state.doc)
            if (hasText === hadText) return
            hadText = hasText
            reportHasText.current(hasText)
          }),
        ],
      }),
    })
    view.current = editor
    // Focus given to the host lands on the first focusable part (CodeMirror's scroller): the caret
    // goes to the text instead.
    const toText = (event: Event) => {
      if (event.target !== editor.contentDOM) editor.focus()
    }
    root.addEventListener('focusin', toText)
    // As the attribute, not React's autoFocus: a modal <dialog> gives focus to it when it opens.
    if (autoFocus) {
      element.setAttribute('autofocus', '')
      editor.focus()
    }
    return () => {
      root.removeEventListener('focusin', toText)
      editor.destroy()
      view.current = null
    }
    // Made once: the label and placeholder are fixed texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <div className="paste-box-frame">
      <div ref={host} className="paste-box" />
      {empty && (
        <span className="paste-box-placeholder" aria-hidden="true">
          {placeholder}
        </span>
      )}
    </div>
  )
}

/** Whether the text has anything but blanks, looking no further than its first such chunk. */
export function holdsText(doc: Text): boolean {
  for (const iterator = doc.iter(); !iterator.next().done;)
    if (/\S/.test(iterator.value)) return true
  return false
}

/** The look of the app's text fields, inside the shadow root (custom properties reach in). */
const pasteBoxTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--ink)',
    backgroundColor: '#fff',
    fontFamily: 'var(--font-ui)',
  },
  // The focus ring is the host's (.paste-box:focus-within): the host clips what is drawn outside.
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.6', overflow: 'auto' },
  '.cm-content': { padding: '0.5rem' },
  '.cm-line': { padding: '0' },
})
