import { Collaboration } from '@tiptap/extension-collaboration'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { useTeamAwareness } from '../data/useTeamConnection'
import {
  carryCaret,
  takeCarriedCaret,
  useDocumentGeneration,
} from '../store/documentGenerationStore'
import { useEditorStore } from '../store/editorStore'
import { showToast } from '../store/toastStore'
import {
  isPressedAway,
  mayTakeFocus,
  putBackQueuedKeys,
  queuedBodyCaret,
  takeQueuedKeys,
} from '../ui/keyCatcher'
import { applyPendingInsert } from './applyPendingInsert'
import { applyQueuedKeys } from './applyQueuedKeys'
import { positionOfOffset } from './positionOfOffset'
import { cleanPastedHtml, PASTE_LIMIT_CHARACTERS } from './cleanPastedHtml'
import { bodyExtensions } from './extensions'
import { focusEditorNow } from './focusEditorNow'
import { PeerCarets, PeerCaretsSource } from './peerCarets'
import { setLiveEditor } from './liveEditorRegistry'

interface LiveBodyEditorProps {
  /** Node id, or 'preamble'. */
  editorKey: string
  label: string
  /**
   * The body's home in the plan's document: the editor is bound to it (Tiptap's Collaboration
   * extension), so every keystroke is a change of the document, stored by it and merged with
   * what other windows and colleagues type into the same body.
   */
  fragment: Y.XmlFragment
  /**
   * The plan: when it is connected to a team server, the colleagues' carets are shown in the
   * body and this editor's caret is told to them. Not connected: the editor is as it always was.
   */
  planId: string
  /** Where the user clicked in the static body, to put the caret there. */
  clickAt: { left: number; top: number } | null
  autoFocus: boolean
  /** Ctrl+Enter: start the next item (the document view writes a whole plan this way). */
  onNextItem?: () => void
  /** Escape: editing ends; where focus goes next. */
  onExit?: () => void
}

/** The one live Tiptap editor: the body of the node being edited. Keyed by `editorKey`. */
export function LiveBodyEditor(props: LiveBodyEditorProps) {
  const { editorKey, label, fragment, clickAt, autoFocus } = props
  const keysRef = useRef({ onNextItem: props.onNextItem, onExit: props.onExit })
  useEffect(() => {
    keysRef.current = { onNextItem: props.onNextItem, onExit: props.onExit }
  })
  const exitEditing = () => {
    useEditorStore.getState().stopEditing()
    keysRef.current.onExit?.()
  }

  // The document keeps the history of the body: the editor's own undo is Collaboration's (only
  // this editor's typing), so the plain UndoRedo extension is left out. Made once: the parent
  // keys this component by item, so the fragment never changes under it.
  // The colleagues' carets (when the plan is connected to a team server): the plugin is there
  // from the start and follows the connection, so the editor's plugins never change.
  const team = useTeamAwareness(props.planId)
  const [carets] = useState(() => new PeerCaretsSource(team))
  useEffect(() => carets.follow(team), [carets, team])
  useEffect(() => () => carets.follow(null), [carets])
  const [extensions] = useState(() => [
    ...bodyExtensions({ collaboration: true }),
    Collaboration.configure({ fragment }),
    PeerCarets.configure({ source: carets }),
  ])
  const editor = useEditor(
    {
      extensions,
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      editorProps: {
        attributes: { class: 'body-text live', 'aria-label': label, spellcheck: 'false' },
        transformPastedHTML: cleanPastedHtml,
        handlePaste: (_view, event) => {
          const size = event.clipboardData?.getData('text/plain').length ?? 0
          if (size > PASTE_LIMIT_CHARACTERS) {
            showToast('粘贴内容过大（超过 200 万字），未粘贴。请分段粘贴。', 'error')
            return true
          }
          return false
        },
        handleKeyDown: (_view, event) => {
          if (event.key === 'Escape') {
            exitEditing()
            return true
          }
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
            if (!keysRef.current.onNextItem) return false
            keysRef.current.onNextItem()
            return true
          }
          return false
        },
      },
    },
    // No deps: the options (the label as the title changes) follow every render.
    [],
  )

  useLayoutEffect(() => {
    if (!editor) return
    setLiveEditor(editorKey, editor)
    const mountedIn = useDocumentGeneration.getState().generation
    return () => {
      setLiveEditor(editorKey, null)
      // Unmounted because its document was replaced: the editor bound anew gets the caret as it
      // is now (keys typed until this moment included).
      if (useDocumentGeneration.getState().generation === mountedIn) return
      const { anchor, head } = editor.state.selection
      carryCaret(editorKey, { anchor, head })
    }
  }, [editor, editorKey])

  // Caret where the user clicked, or a phrase dropped here before the editor existed.
  useLayoutEffect(() => {
    if (!editor) return
    const pending = useEditorStore.getState().pendingInsert
    if (pending?.nodeId === editorKey) {
      useEditorStore.getState().setPendingInsert(null)
      applyPendingInsert(editor, pending)
      return
    }
    // Bound anew after its document was replaced: the caret stays where it was (never where the
    // user first clicked, which the text typed since has moved).
    const carried = takeCarriedCaret(editorKey)
    // A remount while the user works in the tree (a move) must not take the focus away; nor
    // may a body that opens late once the user has clicked elsewhere or typed in another field
    // (the keys typed for it before the click are written to it without it: deliverKeysAway).
    if (!autoFocus || document.activeElement?.closest('[role="tree"]')) return
    if (isPressedAway('body', editorKey) || !mayTakeFocus(editor.view.dom)) return
    const position = carried
      ? carried.head
      : clickAt
        ? editor.view.posAtCoords(clickAt)?.pos
        : undefined
    const queuedAt = queuedBodyCaret(editorKey)
    const caret =
      typeof queuedAt === 'number' ? positionOfOffset(editor.state.doc, queuedAt) : queuedAt
    focusEditorNow(editor, position ?? caret ?? 'end')
    // Keys typed while the editor was opening (Ctrl+Enter in the tree, then typing at once).
    applyQueuedKeys(editor, takeQueuedKeys(), {
      exit: exitEditing,
      nextItem: keysRef.current.onNextItem,
      putBack: putBackQueuedKeys,
    })
    // Only on mount of this node's editor.
  }, [editor]) // eslint-disable-line react-hooks/exhaustive-deps

  return <EditorContent editor={editor} className="live-editor" />
}
