import { useState, type FormEvent } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { saveAsTemplateCommand } from '../../commands/library/templateCommands'
import type { Plan } from '../../domain/outline/types'
import { guessTemplateKind } from '../../domain/templates/sortTemplates'
import { templateNameError } from '../../domain/templates/templateFromPlan'
import type { TemplateKind } from '../../domain/templates/types'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { Dialog } from '../../ui/Dialog'
import { FormFooter } from '../../ui/FormFooter'
import { TemplateKindSelect } from './TemplateKindSelect'
import './templates.css'

interface SaveAsTemplateDialogProps {
  plan: Plan
  onClose: () => void
}

/** 另存为模板: name, kind, description, and whether the bodies go with the outline. */
export function SaveAsTemplateDialog({ plan, onClose }: SaveAsTemplateDialogProps) {
  const [name, setName] = useState(plan.title)
  const [kind, setKind] = useState<TemplateKind>(() => guessTemplateKind(plan.unit))
  const [description, setDescription] = useState('')
  const [withBodies, setWithBodies] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = templateNameError(name)
    if (problem) return setError(problem)
    setBusy(true)
    try {
      await runLibraryCommand(saveAsTemplateCommand, {
        planId: plan.id,
        options: { name, kind, description, withBodies },
      })
      showToast(`已另存为模板“${name.trim()}”，可在计划库的“从模板新建”中使用`)
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog title="另存为模板" open onClose={onClose}>
      <form className="plan-form" onSubmit={submit} noValidate>
        <label>
          模板名称
          <input
            autoFocus
            value={name}
            aria-invalid={error !== null && name.trim() === ''}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <TemplateKindSelect value={kind} onChange={setKind} />
        <label>
          说明（可不填）
          <input value={description} onChange={(event) => setDescription(event.target.value)} />
        </label>
        <fieldset className="template-bodies">
          <legend>内容</legend>
          <label>
            <input
              type="radio"
              name="template-bodies"
              checked={withBodies}
              onChange={() => setWithBodies(true)}
            />
            大纲和正文
          </label>
          <label>
            <input
              type="radio"
              name="template-bodies"
              checked={!withBodies}
              onChange={() => setWithBodies(false)}
            />
            仅大纲（只要各级标题）
          </label>
        </fieldset>
        <p className="template-hint">
          {plan.unit.trim()
            ? `文中的“${plan.unit.trim()}”和“${plan.year}年”将换成 {{单位}}、{{年度}}，用模板新建计划时自动填写。`
            : `文中的“${plan.year}年”将换成 {{年度}}，用模板新建计划时自动填写。`}
        </p>
        <FormFooter error={error} submitLabel="保存模板" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
