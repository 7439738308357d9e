import { lazy, Suspense, useState } from 'react'

// The dialog (and the provider it connects with) loads when first opened, not with the editor.
const TeamDialog = lazy(() =>
  import('./TeamDialog').then((module) => ({ default: module.TeamDialog })),
)

/** 团队协作 in the plan toolbar, or 加入团队计划 in the library (no plan). */
export function TeamButton({ planId }: { planId?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {planId ? '团队协作' : '加入团队计划'}
      </button>
      {open && (
        <Suspense fallback={null}>
          <TeamDialog planId={planId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
