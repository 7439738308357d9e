import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Dialog } from '../../ui/Dialog'
import { FormFooter } from '../../ui/FormFooter'
import { validatePlanFields } from '../../domain/outline/planFields'
import type { PlanFields } from '../../db/planRepo'
import type { PlanClosingFields } from '../../domain/outline/planClosing'
import {
  ClosingFieldInputs,
  closingDraftOf,
  parseClosingDraft,
} from '../document/ClosingFieldInputs'
import { trackUnsaved } from '../../store/saveStore'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'

interface PlanFormDialogProps {
  title: string
  submitLabel: string
  initial: PlanFields
  onSubmit: (fields: PlanFields, closing?: PlanClosingFields) => Promise<void>
  onClose: () => void
  /** Open with this part of the title or unit selected (the plan check's finding there). */
  select?: { field: 'title' | 'unit'; from: number; to: number }
  /** 主送, 附件, 落款 and 成文日期 too (the plan screen's form); absent: not asked. */
  closing?: PlanClosingFields
}

/** Create or rename a plan: title, unit (单位) and year. Mounted only while open. */
export function PlanFormDialog({
  title,
  submitLabel,
  initial,
  onSubmit,
  onClose,
  select,
  closing,
}: PlanFormDialogProps) {
  const [closingDraft, setClosingDraftState] = useState(() => closing && closingDraftOf(closing))
  const [fields, setFieldsState] = useState(() => ({ ...initial, year: String(initial.year) }))
  // What is typed here is not stored until 保存 has written it: the status bar says so.
  const [unsaved] = useState(() => trackUnsaved('planForm'))
  useEffect(() => () => unsaved.forget(), [unsaved])
  const setFields = (next: typeof fields) => {
    unsaved.typed()
    setFieldsState(next)
  }
  const setClosingDraft = (next: typeof closingDraft) => {
    unsaved.typed()
    setClosingDraftState(next)
  }
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleRef = useRef<HTMLInputElement>(null)
  const unitRef = useRef<HTMLInputElement>(null)

  // Once open: the place to change selected in its field (autoFocus has put focus in the title).
  useEffect(() => {
    if (!select) return
    const input = select.field === 'unit' ? unitRef.current : titleRef.current
    input?.focus()
    input?.setSelectionRange(select.from, select.to)
    // Only on opening: the selection is the user's afterwards.
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = { title: fields.title, unit: fields.unit, year: Number(fields.year) }
    const problem = validatePlanFields(parsed)
    if (problem) {
      setError(problem)
      return
    }
    const closingFields = closingDraft && parseClosingDraft(closingDraft)
    if (closingFields && 'error' in closingFields) {
      setError(closingFields.error)
      return
    }
    setBusy(true)
    const version = unsaved.writing()
    try {
      await onSubmit(parsed, closingFields)
      unsaved.written(version)
      onClose()
    } catch (failure) {
      setError(chineseErrorMessage(failure, '保存'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={title} open onClose={onClose}>
      <form className="plan-form" onSubmit={submit} noValidate>
        <label>
          计划标题
          <input
            ref={titleRef}
            autoFocus
            value={fields.title}
            aria-invalid={error !== null && fields.title.trim() === ''}
            aria-describedby={error ? 'plan-form-error' : undefined}
            placeholder="如：某某镇总工会2026年工作计划"
            onChange={(event) => setFields({ ...fields, title: event.target.value })}
          />
        </label>
        <label>
          单位
          <input
            ref={unitRef}
            value={fields.unit}
            placeholder="如：某某镇总工会"
            onChange={(event) => setFields({ ...fields, unit: event.target.value })}
          />
        </label>
        <label>
          年度
          <input
            inputMode="numeric"
            value={fields.year}
            onChange={(event) => setFields({ ...fields, year: event.target.value })}
          />
        </label>
        {closingDraft && (
          <ClosingFieldInputs draft={closingDraft} unit={fields.unit} onChange={setClosingDraft} />
        )}
        <FormFooter
          error={error}
          errorId="plan-form-error"
          submitLabel={submitLabel}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
