import { lazy, Suspense, useState } from 'react'

// The gallery (and the built-in set it writes) loads when the user opens it.
const TemplateGalleryDialog = lazy(() =>
  import('./TemplateGalleryDialog').then((module) => ({ default: module.TemplateGalleryDialog })),
)

/** 从模板新建, among the plan library's buttons. */
export function TemplatesButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        从模板新建
      </button>
      {open && (
        <Suspense fallback={null}>
          <TemplateGalleryDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
