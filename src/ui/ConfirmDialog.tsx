import { Dialog } from './Dialog'

interface ConfirmDialogProps {
  title: string
  message: string
  confirmLabel: string
  open: boolean
  danger?: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog title={props.title} open={props.open} onClose={props.onCancel}>
      <p className="dialog-message">{props.message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button
          type="button"
          className={props.danger ? 'danger' : 'primary'}
          autoFocus
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
