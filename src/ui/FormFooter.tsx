interface FormFooterProps {
  /** A message in Chinese, read out at once; null when all is well. */
  error: string | null
  errorId?: string
  submitLabel: string
  /** The submit button is off (working, or nothing to submit yet). */
  busy?: boolean
  onCancel: () => void
}

/** The end of every form dialog: its error, 取消 and the submit button. */
export function FormFooter({ error, errorId, submitLabel, busy, onCancel }: FormFooterProps) {
  return (
    <>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  )
}
