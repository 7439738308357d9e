import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { useEffect, useState } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import {
  deleteTemplateCommand,
  ensureBuiltinTemplatesCommand,
  exportTemplateCommand,
  importTemplateCommand,
} from '../../commands/library/templateCommands'
import { useTemplates } from '../../data/templateQueries'
import type { Template } from '../../domain/templates/types'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { downloadFile } from '../../ui/downloadFile'
import { FilePickerButton } from '../../ui/FilePickerButton'
import { CreateFromTemplateForm, type UnitYear } from './CreateFromTemplateForm'
import { TemplateEditForm } from './TemplateEditForm'
import { TemplateList } from './TemplateList'
import { TemplatePreview } from './TemplatePreview'
import './templates.css'

/**
 * 从模板新建: the built-in and the user's templates, a preview of the one chosen (outline, size),
 * the unit and year for the new plan; the user's own can be changed, exported and deleted, and a
 * template file imported.
 */
export function TemplateGalleryDialog({ onClose }: { onClose: () => void }) {
  const templates = useTemplates()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState<Template | null>(null)
  const [importError, setImportError] = useState<string | null>(null)
  const [unitYear, setUnitYear] = useState<UnitYear>(() => ({
    unit: '',
    year: String(new Date().getFullYear() + 1),
  }))

  useEffect(() => {
    runLibraryCommand(ensureBuiltinTemplatesCommand, undefined).catch((error: unknown) =>
      showToast(`内置模板未能载入：${errorMessage(error)}`, 'error'),
    )
  }, [])

  const all = templates ? [...templates.builtin, ...templates.own] : []
  const selected = all.find((template) => template.id === selectedId) ?? all[0]

  const importFile = async (file: File) => {
    const result = await runLibraryCommand(importTemplateCommand, file).catch(
      (failure: unknown) => ({
        ok: false as const,
        error: chineseErrorMessage(failure, '导入模板'),
      }),
    )
    if (!result.ok) {
      setImportError(result.error)
      return
    }
    setImportError(null)
    setSelectedId(result.id)
    showToast(`已导入模板“${result.name}”`)
  }

  const exportSelected = async (template: Template) => {
    try {
      const { fileName, text } = await runLibraryCommand(exportTemplateCommand, {
        templateId: template.id,
      })
      downloadFile(new Blob([text], { type: 'application/json' }), fileName)
    } catch (error) {
      showToast(`导出模板未完成：${errorMessage(error)}`, 'error')
    }
  }

  return (
    <Dialog title="从模板新建" open onClose={onClose} className="template-dialog">
      <div className="template-toolbar">
        <FilePickerButton
          label="导入模板"
          inputLabel="选择要导入的模板文件"
          accept=".json,application/json"
          onFile={(file) => void importFile(file)}
        />
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {importError && (
        <p className="form-error" role="alert">
          {importError}
        </p>
      )}
      {templates === undefined || all.length === 0 ? (
        <p className="muted">正在读取模板…</p>
      ) : (
        <div className="template-layout">
          <TemplateList
            groups={[
              { label: '内置模板', templates: templates.builtin, empty: '正在载入内置模板…' },
              {
                label: '我的模板',
                templates: templates.own,
                empty: '还没有自己的模板。在计划中点“另存为模板”即可保存。',
              },
            ]}
            selectedId={selected?.id ?? null}
            onSelect={(id) => {
              setSelectedId(id)
              setEditing(false)
            }}
          />
          {selected && (
            <div className="template-detail">
              <TemplatePreview template={selected} />
              <div className="template-actions">
                {selected.builtinKey === undefined && (
                  <>
                    <button type="button" onClick={() => setEditing(true)}>
                      修改
                    </button>
                    <button
                      type="button"
                      className="danger-text"
                      onClick={() => setDeleting(selected)}
                    >
                      删除
                    </button>
                  </>
                )}
                <button type="button" onClick={() => void exportSelected(selected)}>
                  导出
                </button>
              </div>
              {editing && selected.builtinKey === undefined ? (
                <TemplateEditForm template={selected} onDone={() => setEditing(false)} />
              ) : (
                <CreateFromTemplateForm
                  key={selected.id}
                  template={selected}
                  unitYear={unitYear}
                  onUnitYear={setUnitYear}
                  onCreated={onClose}
                />
              )}
            </div>
          )}
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="删除模板"
        message={`确定删除模板“${deleting?.name ?? ''}”吗？用它建成的计划不受影响。`}
        confirmLabel="删除"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const template = deleting
          setDeleting(null)
          if (!template) return
          try {
            await runLibraryCommand(deleteTemplateCommand, { templateId: template.id })
            setSelectedId(null)
            showToast(`已删除模板“${template.name}”`)
          } catch (error) {
            showToast(`删除模板未完成：${errorMessage(error)}`, 'error')
          }
        }}
      />
    </Dialog>
  )
}
