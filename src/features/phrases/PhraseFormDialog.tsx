import { useState, type FormEvent } from 'react'
import { Dialog } from '../../ui/Dialog'
import { FormFooter } from '../../ui/FormFooter'
import type { PhraseCategory } from '../../domain/phrases/types'

interface PhraseFormDialogProps {
  title: string
  initialText: string
  initialCategoryId: string
  categories: readonly PhraseCategory[]
  /** Resolves to an error message to show, or null when saved. */
  onSubmit: (text: string, categoryId: string) => Promise<string | null>
  onClose: () => void
}

/** Add or edit a phrase: its text (×× for slots) and its category. Rendered while open. */
export function PhraseFormDialog(props: PhraseFormDialogProps) {
  const [text, setText] = useState(props.initialText)
  const [categoryId, setCategoryId] = useState(props.initialCategoryId)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const problem = await props.onSubmit(text, categoryId)
    setBusy(false)
    if (problem) setError(problem)
    else props.onClose()
  }

  return (
    <Dialog title={props.title} open onClose={props.onClose}>
      <form className="phrase-form" onSubmit={(event) => void submit(event)}>
        <label>
          常用语
          <textarea
            value={text}
            rows={3}
            autoFocus
            onChange={(event) => setText(event.target.value)}
            aria-describedby="phrase-form-hint"
          />
        </label>
        <p id="phrase-form-hint" className="muted">
          需要填写的地方用“××”表示，插入后会高亮，按 Tab 逐个跳转。
        </p>
        <label>
          分类
          <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
            {props.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <FormFooter error={error} submitLabel="保存" busy={busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  )
}
