import { Dialog } from '../../ui/Dialog'

/** 已有同名计划: 改名 to the numbered title, 仍然创建 under the same title, or 取消 (Escape). */
export function SameTitleDialog(props: {
  title: string
  renamed: string
  onRename: () => void
  onKeep: () => void
  onCancel: () => void
}) {
  return (
    <Dialog title="已有同名计划" open onClose={props.onCancel}>
      <p className="dialog-message">
        计划库中已有“{props.title}”。改名为“{props.renamed}”？
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button type="button" onClick={props.onKeep}>
          仍然创建
        </button>
        <button type="button" className="primary" autoFocus onClick={props.onRename}>
          改名
        </button>
      </div>
    </Dialog>
  )
}
