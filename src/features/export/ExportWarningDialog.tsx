import type { ReactNode } from 'react'
import { Dialog } from '../../ui/Dialog'
import type { ExportWarning } from '../../domain/export/exportWarnings'
import './exportMenu.css'

interface ExportWarningDialogProps {
  open: boolean
  warnings: readonly ExportWarning[]
  /** 继续导出 or 继续打印. */
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  /** Below the list: what the plan check found (features/check). */
  extra?: ReactNode
}

const MAX_LISTED = 50

/** Unfilled slots (××, xx, 20xx) and empty items, listed before the user goes on. */
export function ExportWarningDialog(props: ExportWarningDialogProps) {
  const { warnings } = props
  const slots = warnings.filter((warning) => warning.kind === 'slot').length
  const empty = warnings.length - slots
  const summary = [
    slots > 0 ? `${slots} 处待填写内容（如 ××、xx、20xx）` : '',
    empty > 0 ? `${empty} 个空条目` : '',
  ]
    .filter(Boolean)
    .join('，')
  return (
    <Dialog
      title="还有未完成的内容"
      open={props.open}
      onClose={props.onCancel}
      className="export-warning-dialog"
    >
      {warnings.length > 0 && <p className="dialog-message">计划中有 {summary}。仍要继续吗？</p>}
      {warnings.length > 0 && (
        <ul className="export-warning-list" aria-label="未完成的内容">
          {warnings.slice(0, MAX_LISTED).map((warning, index) => (
            <li key={index}>
              <span className="export-warning-place">{warning.place || '（无标题）'}</span>
              <span className="export-warning-detail">{warning.detail}</span>
            </li>
          ))}
          {warnings.length > MAX_LISTED && <li>……另有 {warnings.length - MAX_LISTED} 处</li>}
        </ul>
      )}
      {props.extra}
      {warnings.length === 0 && <p className="dialog-message">仍要继续吗？</p>}
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button type="button" className="primary" autoFocus onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
