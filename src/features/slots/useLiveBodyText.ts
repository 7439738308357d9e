import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { LiveText } from '../../domain/phrases/planSlots'
import { useLiveEditor } from '../../editor/liveEditorRegistry'

// One text per document version: getSnapshot is called on every render.
const texts = new WeakMap<ProseMirrorNode, string>()

function textOf(doc: ProseMirrorNode): string {
  let text = texts.get(doc)
  if (text === undefined) {
    // Paragraphs and hard breaks as newlines, as docText reads a stored body.
    text = doc.textBetween(0, doc.content.size, '\n', '\n')
    texts.set(doc, text)
  }
  return text
}

/**
 * The text of the body being typed in the live editor, on every keystroke (what is stored lags
 * the autosave), for counts that must follow typing at once. Null when no body is open.
 */
export function useLiveBodyText(): LiveText | null {
  const live = useLiveEditor()
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!live) return () => {}
      live.editor.on('update', onChange)
      return () => void live.editor.off('update', onChange)
    },
    [live],
  )
  const text = useSyncExternalStore(subscribe, () =>
    live && !live.editor.isDestroyed ? textOf(live.editor.state.doc) : null,
  )
  const nodeId = live?.nodeId ?? null
  return useMemo(() => (nodeId !== null && text !== null ? { nodeId, text } : null), [nodeId, text])
}
