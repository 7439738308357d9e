import { useState } from 'react'
import { FilePickerButton } from '../../ui/FilePickerButton'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { downloadFile } from '../../ui/downloadFile'
import { MY_PHRASES_CATEGORY_ID } from '../../domain/phrases/categories'
import type { PhraseCategory } from '../../domain/phrases/types'
import {
  addPhrase,
  createCategory,
  deleteCategory,
  exportPhrases,
  importPhrases,
  renameCategory,
} from '../../db/phraseRepo'
import { usePhraseStore, type PhraseView } from '../../store/phraseStore'
import { addSelectionToPhrases } from './addSelectionToPhrases'
import { CategoryFormDialog } from './CategoryFormDialog'
import { messageOf } from './PhraseActions'
import type { PanelMessage } from './panelMessage'
import { PhraseFormDialog } from './PhraseFormDialog'

type Open = 'addPhrase' | 'addCategory' | 'renameCategory' | 'deleteCategory' | null

const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** Adding phrases and categories, showing hidden built-ins, import and export. */
export function PhraseLibraryTools(props: {
  view: PhraseView
  categories: readonly PhraseCategory[]
  onMessage: (message: PanelMessage | null) => void
}) {
  const { view, categories, onMessage } = props
  const [open, setOpen] = useState<Open>(null)
  const showHidden = usePhraseStore((state) => state.showHidden)
  const current = view.kind === 'category' ? categories.find((c) => c.id === view.id) : undefined
  const own = current && !current.builtin ? current : undefined
  const close = () => setOpen(null)

  const addSelection = async () => {
    const outcome = await addSelectionToPhrases(undefined, own?.id ?? MY_PHRASES_CATEGORY_ID)
    onMessage(
      outcome.ok
        ? { text: `已将“${outcome.text}”加入“${own?.name ?? '我的常用语'}”。`, tone: 'info' }
        : { text: outcome.error, tone: 'error' },
    )
  }

  const exportFile = async () => {
    const file = await exportPhrases()
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' })
    downloadFile(blob, `常用语库-${file.exportedAt.slice(0, 10)}.json`)
    onMessage({ text: `已导出 ${file.phrases.length} 条自己的常用语。`, tone: 'info' })
  }

  const importFile = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      onMessage({
        text: '文件超过 5 MB，不像常用语库文件，未导入。常用语库未作任何改动。',
        tone: 'error',
      })
      return
    }
    const outcome = await importPhrases(await file.text())
    if (!outcome.ok) onMessage({ text: outcome.error, tone: 'error' })
    else
      onMessage({
        text:
          `已导入 ${outcome.added} 条常用语，跳过重复 ${outcome.skipped} 条` +
          (outcome.categoriesAdded ? `，新建分类 ${outcome.categoriesAdded} 个。` : '。'),
        tone: 'info',
      })
  }

  return (
    <div className="phrase-tools">
      <div className="phrase-tools-row">
        <button type="button" onClick={() => setOpen('addPhrase')}>
          新建常用语
        </button>
        <button
          type="button"
          // Keep the editor's selection: do not take focus from it on press.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void addSelection()}
        >
          将选中文字加入常用语
        </button>
      </div>
      <div className="phrase-tools-row">
        <button type="button" onClick={() => setOpen('addCategory')}>
          新建分类
        </button>
        <button type="button" disabled={!own} onClick={() => setOpen('renameCategory')}>
          重命名分类
        </button>
        <button type="button" disabled={!own} onClick={() => setOpen('deleteCategory')}>
          删除分类
        </button>
      </div>
      <div className="phrase-tools-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(event) => usePhraseStore.getState().setShowHidden(event.target.checked)}
          />
          显示已隐藏
        </label>
        <FilePickerButton
          label="导入 JSON"
          inputLabel="选择常用语库文件"
          accept=".json,application/json"
          testId="phrase-import-input"
          onFile={(file) => void importFile(file)}
        />
        <button type="button" onClick={() => void exportFile()}>
          导出 JSON
        </button>
      </div>
      {open === 'addPhrase' && (
        <PhraseFormDialog
          title="新建常用语"
          initialText=""
          initialCategoryId={current?.id ?? MY_PHRASES_CATEGORY_ID}
          categories={categories}
          onSubmit={async (text, categoryId) => {
            try {
              const id = await addPhrase(text, categoryId)
              usePhraseStore.getState().setActiveId(id)
              onMessage({ text: '常用语已添加。', tone: 'info' })
              return null
            } catch (error) {
              return messageOf(error)
            }
          }}
          onClose={close}
        />
      )}
      {open === 'addCategory' && (
        <CategoryFormDialog
          title="新建分类"
          initialName=""
          onSubmit={async (name) => {
            try {
              const id = await createCategory(name)
              usePhraseStore.getState().setView({ kind: 'category', id })
              return null
            } catch (error) {
              return messageOf(error)
            }
          }}
          onClose={close}
        />
      )}
      {open === 'renameCategory' && own && (
        <CategoryFormDialog
          title="重命名分类"
          initialName={own.name}
          onSubmit={async (name) => {
            try {
              await renameCategory(own.id, name)
              return null
            } catch (error) {
              return messageOf(error)
            }
          }}
          onClose={close}
        />
      )}
      <ConfirmDialog
        title="删除分类"
        message={own ? `确定删除分类“${own.name}”吗？其中的常用语将移到“我的常用语”。` : ''}
        confirmLabel="删除分类"
        danger
        open={open === 'deleteCategory' && own !== undefined}
        onCancel={close}
        onConfirm={() => {
          close()
          if (!own) return
          deleteCategory(own.id).then(
            () =>
              usePhraseStore.getState().setView({ kind: 'category', id: MY_PHRASES_CATEGORY_ID }),
            (error: unknown) => onMessage({ text: messageOf(error), tone: 'error' }),
          )
        }}
      />
    </div>
  )
}
