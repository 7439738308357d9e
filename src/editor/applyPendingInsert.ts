import type { Editor } from '@tiptap/core'
import { recordPhraseUse } from '../db/phraseRepo'
import type { PendingInsert } from '../store/editorStore'
import { showToast } from '../store/toastStore'
import { insertPhrase } from './slot/insertPhrase'

/** Insert a phrase that was dropped on this node before its editor existed. */
export function applyPendingInsert(editor: Editor, pending: PendingInsert): void {
  const position = pending.coords ? editor.view.posAtCoords(pending.coords)?.pos : undefined
  insertPhrase(editor, pending.text, position ?? editor.state.doc.content.size - 1)
  if (pending.phraseId)
    recordPhraseUse(pending.phraseId).catch(() => showToast('常用语使用次数未能记录', 'error'))
}
