import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { RichDoc } from '../domain/outline/types'
import { useEditorStore } from '../store/editorStore'
import { showToast } from '../store/toastStore'
import { cleanPastedHtml, PASTE_LIMIT_CHARACTERS } from './cleanPastedHtml'
import { bodyExtensions } from './extensions'
import { getLiveEditor, setLiveEditor } from './liveEditorRegistry'
import { createNodeAutosave } from './nodeAutosave'
import type { UnsavedText } from '../db/memoryBackup'
import { registerPendingEdit } from '../store/pendingEdits'
import { putBackQueuedKeys, takeQueuedKeys } from '../ui/keyCatcher'
import { applyQueuedKeys } from './applyQueuedKeys'
import { focusEditorNow } from './focusEditorNow'
import { useOtherWindowEdits } from './useOtherWindowEdits'
import { applyPendingInsert } from './applyPendingInsert'
import { bodyToOpen, holdClosingBody } from './reopenedBodies'

interface LiveBodyEditorProps {
  /** Node id, or 'preamble'. */
  editorKey: string
  label: string
  /** The body as stored (live): what the editor opens with, and follows from other windows. */
  initial: RichDoc | null
  /** The window whose typing last wrote the stored body. */
  storedSession?: string
  /** Write what is typed; `baseHash` names the stored body it was typed on. */
  save: (doc: RichDoc, origin: { baseHash: string }) => Promise<void>
  /** Fold saved drafts into the stored plan (now and then while typing, and on close). */
  commit?: () => Promise<void>
  /** The stored row's rev: with it, a remount opens the text the closing editor held. */
  revision?: number
  /** What this editor holds unwritten, as a backup from memory names it (a full disk). */
  unsavedText?: (doc: RichDoc) => UnsavedText
  /** Synchronous keeping of unsaved text when the page closes. */
  rescue?: { write: (doc: RichDoc) => void; clear: () => void }
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
  const { editorKey, label, initial, save, commit, rescue, revision, clickAt, autoFocus } = props
  const keysRef = useRef({ onNextItem: props.onNextItem, onExit: props.onExit })
  useEffect(() => {
    keysRef.current = { onNextItem: props.onNextItem, onExit: props.onExit }
  })
  const saveRef = useRef(save)
  const commitRef = useRef(commit)
  const rescueRef = useRef(rescue)
  const unsavedRef = useRef(props.unsavedText)
  useEffect(() => {
    saveRef.current = save
    commitRef.current = commit
    rescueRef.current = rescue
    unsavedRef.current = props.unsavedText
  }, [save, commit, rescue, props.unsavedText])
  // Content is read once (the parent keys this component by node): from here on the editor
  // is the source and IndexedDB follows it.
  const [content] = useState(() => {
    // Remounted in the same commit (the node moved to another chunk): the editor being replaced
    // still exists and holds the newest text.
    const replaced = getLiveEditor()
    if (replaced?.nodeId === editorKey) return replaced.editor.getJSON()
    return (revision === undefined ? initial : bodyToOpen(editorKey, initial, revision)) ?? ''
  })
  // The row's latest revision as this editor last saw it: what the held text is newer than.
  const revisionRef = useRef(revision)
  useEffect(() => {
    revisionRef.current = revision
  }, [revision])
  const [latestRevision] = useState(() => () => revisionRef.current)
  const autosaveRef = useRef<ReturnType<typeof createNodeAutosave> | null>(null)
  const [typedHere] = useState(() => () => autosaveRef.current?.hasTyped() ?? false)
  const exitEditing = () => {
    void autosaveRef.current?.flush()
    useEditorStore.getState().stopEditing()
    keysRef.current.onExit?.()
  }

  const editor = useEditor(
    {
      extensions: bodyExtensions(),
      content,
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
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged) autosaveRef.current?.changed()
      },
    },
    [],
  )

  const base = useOtherWindowEdits(editor, initial, props.storedSession, typedHere)

  // Layout effects: the editor must save and hold focus before the first key after the click
  // arrives, or that key is typed into nothing.
  useLayoutEffect(() => {
    if (!editor) return
    const autosave = createNodeAutosave(
      editor,
      (doc) => saveRef.current(doc, { baseHash: base.hash }),
      () => commitRef.current?.() ?? Promise.resolve(),
      {
        write: (doc) => rescueRef.current?.write(doc),
        clear: () => rescueRef.current?.clear(),
      },
      `body:${editorKey}`,
    )
    autosaveRef.current = autosave
    setLiveEditor(editorKey, editor)
    // Commands write what is typed here before they read the plan.
    const unregister = registerPendingEdit(
      `body:${editorKey}`,
      () => autosave.flush(),
      () =>
        autosave.hasUnsaved() && !editor.isDestroyed && unsavedRef.current
          ? unsavedRef.current(editor.getJSON() as RichDoc)
          : null,
    )
    const flush = () => void autosave.flush()
    const exit = () => void autosave.flushForExit()
    const onVisibility = () => document.visibilityState === 'hidden' && exit()
    window.addEventListener('pagehide', exit)
    window.addEventListener('blur', flush)
    document.addEventListener('visibilitychange', onVisibility)
    editor.on('blur', flush)
    return () => {
      unregister()
      window.removeEventListener('pagehide', exit)
      window.removeEventListener('blur', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      editor.off('blur', flush)
      const closingRevision = latestRevision()
      if (closingRevision !== undefined && !editor.isDestroyed)
        holdClosingBody(editorKey, editor.getJSON() as RichDoc, closingRevision)
      void autosave.close()
      setLiveEditor(editorKey, null)
      autosaveRef.current = null
    }
  }, [editor, editorKey, latestRevision, base])

  // Caret where the user clicked, or a phrase dropped here before the editor existed.
  useLayoutEffect(() => {
    if (!editor) return
    const pending = useEditorStore.getState().pendingInsert
    if (pending?.nodeId === editorKey) {
      useEditorStore.getState().setPendingInsert(null)
      applyPendingInsert(editor, pending)
      return
    }
    // A remount while the user works in the tree (a move) must not take the focus away.
    if (!autoFocus || document.activeElement?.closest('[role="tree"]')) return
    const position = clickAt ? editor.view.posAtCoords(clickAt)?.pos : undefined
    focusEditorNow(editor, position ?? 'end')
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
