import { useEffect, useId, useRef, useState } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { importPlansCommand } from '../../commands/library/importPlansCommand'
import { ImportWriteError, type PlanWrite as Input } from '../../commands/library/importSession'
import type { TextEncodingName } from '../../domain/import/decodeText'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { usePlans } from '../../data/planQueries'
import { titleClashes, type TitleClash } from '../../domain/library/titleClashes'
import { SameTitleDialog } from '../library/SameTitleDialog'
import { validatePlanFields } from '../../domain/outline/planFields'
import { showToast } from '../../store/toastStore'
import { navigate } from '../../ui/useHashRoute'
import type { ImportSource } from './importSource'
import { ImportProgress } from './ImportProgress'
import { PlanPreviewPanel } from './PlanPreviewPanel'
import { PlanTabs } from './PlanTabs'
import { PreviewSourceBar } from './PreviewSourceBar'
import { useImportPreview } from './useImportPreview'

interface ImportPreviewProps {
  source: ImportSource
  onEncoding: (encoding: TextEncodingName) => void
  /** The encoding the file is being decoded in again: its new text is not there yet. */
  decoding: TextEncodingName | null
  onBack: () => void
  /** 取消: the dialog asks first if anything was adjusted. */
  onCancel: () => void
  /** After a successful 导入. */
  onClose: () => void
  /** Whether the user has changed anything in the preview (closing then asks first). */
  onAdjusted: (adjusted: boolean) => void
}

/** The preview: every plan found, adjustable, and nothing saved until 导入. */
export function ImportPreview(props: ImportPreviewProps) {
  const { source, onEncoding, decoding, onBack, onCancel, onClose, onAdjusted } = props
  const preview = useImportPreview(source)
  const { adjusted } = preview
  useEffect(() => onAdjusted(adjusted), [adjusted, onAdjusted])
  const { parse } = preview
  const [active, setActive] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [written, setWritten] = useState<number | null>(null)
  const cancelWrite = useRef<AbortController | null>(null)
  const plans = usePlans()
  /** Plans whose titles the library (or this import) has already: one question for them all. */
  const [sameTitle, setSameTitle] = useState<{ clashes: TitleClash[]; inputs: Input[] } | null>(
    null,
  )
  const ids = useId()
  const current = Math.min(active, parse.plans.length - 1)
  const plan = parse.plans[current]
  const notes = [...(source.kind === 'docx' ? source.notes : []), ...parse.notes]
  const count = parse.plans.length

  const importAll = async () => {
    const inputs: Input[] = []
    for (const index of parse.plans.keys()) {
      const text = preview.fieldsOf(index)
      const fields = { title: text.title, unit: text.unit, year: Number(text.year.trim()) }
      const problem = validatePlanFields(fields)
      if (problem) {
        setActive(index)
        setError(count > 1 ? `第${index + 1}篇：${problem}` : problem)
        return
      }
      // The outline and its limits are made and checked where the session runs, at the write.
      inputs.push({ plan: index, edits: preview.editsOf(index), fields })
    }
    setError(null)
    const taken = (plans ?? []).map((plan) => plan.title)
    const clashes = titleClashes(
      inputs.map((input) => input.fields.title),
      taken,
    )
    if (clashes.length > 0) setSameTitle({ clashes, inputs })
    else await write(inputs)
  }

  const write = async (inputs: Input[]) => {
    const session = preview.session
    if (!session) return
    setSameTitle(null)
    setBusy(true)
    const controller = new AbortController()
    cancelWrite.current = controller
    // A large import shows its progress and 取消 while the rows are built and written.
    if (preview.large) setWritten(0)
    try {
      const planIds = await runLibraryCommand(importPlansCommand, {
        session,
        plans: inputs,
        onProgress: setWritten,
        signal: controller.signal,
      })
      showToast(count > 1 ? `已导入 ${count} 个计划` : `已导入“${inputs[0].fields.title.trim()}”`)
      onClose()
      navigate({ name: 'editor', planId: planIds[0] })
    } catch (failure) {
      if (failure instanceof ImportWriteError && failure.plan !== undefined) setActive(failure.plan)
      setError(chineseErrorMessage(failure, '导入'))
      setBusy(false)
      setWritten(null)
    }
  }

  if (preview.parsing && preview.large)
    return (
      <ImportProgress
        label={`正在分析 ${preview.lines.toLocaleString('zh-CN')} 行文字…`}
        share={preview.parsing.share}
        onCancel={onBack}
      />
    )
  if (written !== null)
    return (
      <ImportProgress
        label="正在导入…"
        share={written}
        onCancel={() => cancelWrite.current?.abort()}
      />
    )

  return (
    <div className="import-preview">
      <PreviewSourceBar
        source={source}
        onEncoding={onEncoding}
        decoding={decoding}
        simplify={preview.simplify}
        traditional={preview.traditional}
        converting={!preview.ready}
        onSimplify={preview.setSimplify}
        onBack={onBack}
      />
      {preview.loadError && <p className="form-error">{preview.loadError}</p>}
      {notes.length > 0 && (
        <details className="import-notes" open={source.kind === 'docx'}>
          <summary>未导入的内容（{notes.length} 项）</summary>
          <ul>
            {notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      {count > 1 && (
        <PlanTabs
          titles={parse.plans.map((_, index) => preview.fieldsOf(index).title)}
          active={current}
          onActivate={setActive}
          panelId={`${ids}-panel`}
          tabId={(index) => `${ids}-tab-${index}`}
        />
      )}
      {plan && preview.session && (
        <div
          className="import-plan"
          id={`${ids}-panel`}
          role={count > 1 ? 'tabpanel' : undefined}
          aria-labelledby={count > 1 ? `${ids}-tab-${current}` : undefined}
        >
          <PlanPreviewPanel
            key={current}
            session={preview.session}
            planIndex={current}
            plan={plan}
            edits={preview.editsOf(current)}
            onEditsChange={(edits) => preview.setLineEdits(current, edits)}
            fields={preview.fieldsOf(current)}
            onFieldsChange={(fields) => preview.setFields(current, fields)}
          />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {sameTitle && (
        <SameTitleDialog
          clashes={sameTitle.clashes}
          onRename={() => {
            const inputs = sameTitle.inputs.map((input) => ({ ...input }))
            for (const { index, renamed } of sameTitle.clashes)
              inputs[index] = {
                ...inputs[index],
                fields: { ...inputs[index].fields, title: renamed },
              }
            void write(inputs)
          }}
          onKeep={() => void write(sameTitle.inputs)}
          onCancel={() => setSameTitle(null)}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || decoding !== null || !preview.ready || count === 0}
          onClick={() => void importAll()}
        >
          {count > 1 ? `导入 ${count} 个计划` : '导入'}
        </button>
      </div>
    </div>
  )
}
