import { lazy, Suspense, useState } from 'react'

// The history panel (diffing, previews) loads when first opened, not with the editor.
const HistoryDialog = lazy(() =>
  import('./HistoryDialog').then((module) => ({ default: module.HistoryDialog })),
)

/** 历史版本 in the plan toolbar: opens the plan's version history. */
export function HistoryButton({ planId }: { planId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        历史版本
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryDialog planId={planId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
