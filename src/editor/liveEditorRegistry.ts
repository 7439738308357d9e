import type { Editor } from '@tiptap/core'

// The one live Tiptap editor (the node being edited), for panels that insert into it.
let live: { nodeId: string; editor: Editor } | null = null

export function setLiveEditor(nodeId: string, editor: Editor | null): void {
  if (editor) live = { nodeId, editor }
  else if (live?.nodeId === nodeId) live = null
}

export function getLiveEditor(): { nodeId: string; editor: Editor } | null {
  return live && !live.editor.isDestroyed ? live : null
}
