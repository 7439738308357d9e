import { useState, type FormEvent } from 'react'
import { Dialog } from '../../ui/Dialog'
import { FormFooter } from '../../ui/FormFooter'

interface CategoryFormDialogProps {
  title: string
  initialName: string
  /** Resolves to an error message to show, or null when saved. */
  onSubmit: (name: string) => Promise<string | null>
  onClose: () => void
}

/** Create or rename one of the user's own categories. Rendered while open. */
export function CategoryFormDialog(props: CategoryFormDialogProps) {
  const [name, setName] = useState(props.initialName)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = await props.onSubmit(name)
    if (problem) setError(problem)
    else props.onClose()
  }

  return (
    <Dialog title={props.title} open onClose={props.onClose}>
      <form className="phrase-form" onSubmit={(event) => void submit(event)}>
        <label>
          分类名称
          <input value={name} autoFocus maxLength={20} onChange={(e) => setName(e.target.value)} />
        </label>
        <FormFooter error={error} submitLabel="保存" onCancel={props.onClose} />
      </form>
    </Dialog>
  )
}
