import { useSessionStore } from '../store/sessionStore'
import { Dialog } from '../ui/Dialog'

/** Shown when another tab runs a newer version: this one stops writing and asks to reload. */
export function ReloadRequired() {
  const replaced = useSessionStore((state) => state.databaseReplaced)
  return (
    <Dialog title="需要刷新" open={replaced} onClose={() => undefined}>
      <p>计划起草已在另一个窗口中更新。此窗口的内容都已保存，为免写乱数据，已停止保存。</p>
      <p>请刷新此页面后继续编辑。</p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => location.reload()}>
          刷新
        </button>
      </div>
    </Dialog>
  )
}
