import type { Editor } from '@tiptap/core'
import { create } from 'zustand'

interface LiveEditorState {
  live: { nodeId: string; editor: Editor } | null
}

// The one live Tiptap editor (the node being edited), for panels that insert into it.
export const useLiveEditorStore = create<LiveEditorState>(() => ({ live: null }))

export function setLiveEditor(nodeId: string, editor: Editor | null): void {
  const { live } = useLiveEditorStore.getState()
  if (editor) useLiveEditorStore.setState({ live: { nodeId, editor } })
  else if (live?.nodeId === nodeId) useLiveEditorStore.setState({ live: null })
}

export function getLiveEditor(): { nodeId: string; editor: Editor } | null {
  const { live } = useLiveEditorStore.getState()
  return live && !live.editor.isDestroyed ? live : null
}

/** The live editor, as React state. */
export function useLiveEditor(): { nodeId: string; editor: Editor } | null {
  return useLiveEditorStore((state) => state.live)
}
