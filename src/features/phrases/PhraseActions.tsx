import { useState } from 'react'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import type { Phrase, PhraseCategory } from '../../domain/phrases/types'
import {
  deletePhrase,
  editPhrase,
  PhraseInputError,
  setPhraseFavorite,
  setPhraseHidden,
} from '../../db/phraseRepo'
import type { PanelMessage } from './panelMessage'
import { PhraseFormDialog } from './PhraseFormDialog'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'

interface PhraseActionsProps {
  phrase: Phrase | null
  categories: readonly PhraseCategory[]
  onInsert: (phrase: Phrase) => void
  onMessage: (message: PanelMessage | null) => void
}

/** What can be done with the phrase chosen in the list. */
export function PhraseActions({ phrase, categories, onInsert, onMessage }: PhraseActionsProps) {
  const [editing, setEditing] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const disabled = phrase === null
  const builtin = phrase?.builtinKey !== undefined

  const run = async (action: () => Promise<void>, done?: string) => {
    try {
      await action()
      onMessage(done ? { text: done, tone: 'info' } : null)
    } catch (error) {
      onMessage({ text: messageOf(error), tone: 'error' })
    }
  }

  return (
    <div className="phrase-actions" role="toolbar" aria-label="所选常用语的操作">
      <button type="button" disabled={disabled} onClick={() => phrase && onInsert(phrase)}>
        插入到光标处
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={!!phrase?.favorite}
        onClick={() => phrase && void run(() => setPhraseFavorite(phrase.id, !phrase.favorite))}
      >
        {phrase?.favorite ? '取消收藏' : '收藏'}
      </button>
      <button type="button" disabled={disabled} onClick={() => setEditing(true)}>
        编辑/移动
      </button>
      {builtin ? (
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            phrase &&
            void run(
              () => setPhraseHidden(phrase.id, !phrase.hidden),
              phrase.hidden
                ? '已恢复显示这条内置常用语。'
                : '已隐藏这条内置常用语（勾选“显示已隐藏”可找回）。',
            )
          }
        >
          {phrase?.hidden ? '取消隐藏' : '隐藏'}
        </button>
      ) : (
        <button type="button" disabled={disabled} onClick={() => setConfirmDelete(true)}>
          删除
        </button>
      )}
      {editing && phrase && (
        <PhraseFormDialog
          title={builtin ? '编辑内置常用语' : '编辑常用语'}
          initialText={phrase.text}
          initialCategoryId={phrase.categoryId}
          categories={categories}
          onSubmit={async (text, categoryId) => {
            try {
              await editPhrase(phrase.id, { text, categoryId })
              onMessage({ text: '常用语已保存。', tone: 'info' })
              return null
            } catch (error) {
              return messageOf(error)
            }
          }}
          onClose={() => setEditing(false)}
        />
      )}
      <ConfirmDialog
        title="删除常用语"
        message={phrase ? `确定删除“${phrase.text}”吗？` : ''}
        confirmLabel="删除"
        danger
        open={confirmDelete && phrase !== null}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false)
          if (phrase) void run(() => deletePhrase(phrase.id), '常用语已删除。')
        }}
      />
    </div>
  )
}

export function messageOf(error: unknown): string {
  if (error instanceof PhraseInputError) return error.message
  return `操作失败：${chineseErrorMessage(error)}`
}
