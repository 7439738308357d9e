import { useState, type FormEvent } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { editTemplateCommand } from '../../commands/library/templateCommands'
import { templateNameError } from '../../domain/templates/templateFromPlan'
import type { Template, TemplateKind } from '../../domain/templates/types'
import { errorMessage } from '../../store/saveStore'
import { FormFooter } from '../../ui/FormFooter'
import { TemplateKindSelect } from './TemplateKindSelect'

/** 修改 one of the user's templates: name, kind, description. */
export function TemplateEditForm({ template, onDone }: { template: Template; onDone: () => void }) {
  const [name, setName] = useState(template.name)
  const [kind, setKind] = useState<TemplateKind>(template.kind)
  const [description, setDescription] = useState(template.description)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = templateNameError(name)
    if (problem) return setError(problem)
    try {
      await runLibraryCommand(editTemplateCommand, {
        templateId: template.id,
        fields: { name, kind, description },
      })
      onDone()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <form className="plan-form template-edit" onSubmit={submit} noValidate>
      <label>
        模板名称
        <input autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <TemplateKindSelect value={kind} onChange={setKind} />
      <label>
        说明
        <input value={description} onChange={(event) => setDescription(event.target.value)} />
      </label>
      <FormFooter error={error} submitLabel="保存" onCancel={onDone} />
    </form>
  )
}
