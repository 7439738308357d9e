import { lazy, Suspense, useState } from 'react'
import type { Plan } from '../../domain/outline/types'

const SaveAsTemplateDialog = lazy(() =>
  import('./SaveAsTemplateDialog').then((module) => ({ default: module.SaveAsTemplateDialog })),
)

/** 另存为模板, in the plan editor's toolbar. */
export function SaveAsTemplateButton({ plan }: { plan: Plan }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        另存为模板
      </button>
      {open && (
        <Suspense fallback={null}>
          <SaveAsTemplateDialog plan={plan} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
