import { lazy, Suspense, useEffect, useRef, useState } from 'react'

// The gallery (and the built-in set it writes) loads when the user opens it.
const TemplateGalleryDialog = lazy(() =>
  import('./TemplateGalleryDialog').then((module) => ({ default: module.TemplateGalleryDialog })),
)

/** 从模板新建, among the plan library's buttons. */
export function TemplatesButton() {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // The dialog is unmounted on closing, which would drop focus on the page: back to the button
  // once it is gone (the page behind a modal dialog cannot take focus).
  const closing = useRef(false)
  const close = () => {
    closing.current = true
    setOpen(false)
  }
  useEffect(() => {
    if (open || !closing.current) return
    closing.current = false
    buttonRef.current?.focus()
  }, [open])
  return (
    <>
      <button ref={buttonRef} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        从模板新建
      </button>
      {open && (
        <Suspense fallback={null}>
          <TemplateGalleryDialog onClose={close} />
        </Suspense>
      )}
    </>
  )
}
