import type { Editor } from '@tiptap/core'
import { MY_PHRASES_CATEGORY_ID } from '../../domain/phrases/categories'
import { addPhrase } from '../../db/phraseRepo'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'

export type AddSelectionOutcome =
  { ok: true; id: string; text: string } | { ok: false; error: string }

/** Adds the text selected in an editor to the user's phrases (我的常用语 unless told). */
export async function addSelectionToPhrases(
  editor: Editor | null = getLiveEditor()?.editor ?? null,
  categoryId: string = MY_PHRASES_CATEGORY_ID,
): Promise<AddSelectionOutcome> {
  if (!editor || editor.isDestroyed)
    return { ok: false, error: '没有正在编辑的正文：请先在正文中选中要加入的文字。' }
  const { from, to } = editor.state.selection
  const text = editor.state.doc.textBetween(from, to, '\n').trim()
  if (text === '') return { ok: false, error: '请先在正文中选中要加入常用语的文字。' }
  try {
    const id = await addPhrase(text, categoryId)
    return { ok: true, id, text }
  } catch (error) {
    return { ok: false, error: chineseErrorMessage(error, '添加') }
  }
}
