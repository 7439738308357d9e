import type { Phrase } from '../../domain/phrases/types'
import { recordPhraseUse } from '../../db/phraseRepo'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { insertPhrase } from '../../editor/slot/insertPhrase'
import { showToast } from '../../store/toastStore'

export const NO_LIVE_EDITOR_MESSAGE =
  '没有正在编辑的正文：请先点击文档中某一条目的正文，再按回车或双击插入常用语（也可以直接拖到文档或大纲中）。'

/** Inserts a phrase at the cursor of the node being edited (Enter / double-click). */
export function insertIntoLiveEditor(phrase: Pick<Phrase, 'id' | 'text'>): boolean {
  const live = getLiveEditor()
  if (!live) {
    showToast(NO_LIVE_EDITOR_MESSAGE, 'error')
    return false
  }
  if (!insertPhrase(live.editor, phrase.text)) return false
  recordPhraseUse(phrase.id).catch(() => showToast('常用语使用次数未能记录', 'error'))
  return true
}
