import { lazy, Suspense, useState } from 'react'
import type { Plan } from '../../domain/outline/types'

// The dialog (and the roll-over rules) load when first opened, not with the library or editor.
const RolloverDialog = lazy(() =>
  import('./RolloverDialog').then((module) => ({ default: module.RolloverDialog })),
)

/** 复制为新年度计划: in the plan library's row actions and the editor's toolbar. */
export function RolloverButton({ plan, named }: { plan: Plan; named?: boolean }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        // In the library every row has one: the name says which plan.
        aria-label={named ? `复制为新年度计划 ${plan.title}` : undefined}
        onClick={() => setOpen(true)}
      >
        复制为新年度计划
      </button>
      {open && (
        <Suspense fallback={null}>
          <RolloverDialog plan={plan} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
