import { useEffect, useId, useRef, type ReactNode } from 'react'

interface DialogProps {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  className?: string
}

/** A modal on the native <dialog>: focus trap, Escape and inert background come with it. */
export function Dialog({ title, open, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  // What had focus when the dialog opened: `close()` gives focus back to it by itself, but a
  // dialog unmounted while open (the usual way a lazily loaded dialog goes) would drop it.
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])
  useEffect(
    () => () => {
      const back = opener.current
      const lost = document.activeElement === null || document.activeElement === document.body
      if (lost && back instanceof HTMLElement && back.isConnected) back.focus()
    },
    [],
  )
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        // React passes the event on to a dialog this one is rendered in: Escape closes this only.
        event.stopPropagation()
        onClose()
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  )
}
