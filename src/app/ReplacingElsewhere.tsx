import { useEffect, useState } from 'react'
import { useSessionStore } from '../store/sessionStore'
import { Dialog } from '../ui/Dialog'

/** Longer than this, the other window may have been closed midway: 刷新 is offered. */
const OFFER_RELOAD_AFTER_MS = 20_000

/**
 * Covers the screen while another window replaces every plan with a backup (替换): this window's
 * open plans hold the content from before, and text typed into them now would be lost. Closes by
 * itself when the other window is done (the plans are shown as restored). Nothing in it takes
 * keys (a typist's Enter must not press a button): 刷新此窗口 appears only if the other window
 * takes long (it may have been closed midway).
 */
export function ReplacingElsewhere() {
  const replacing = useSessionStore((state) => state.replacingElsewhere)
  const [waitedLong, setWaitedLong] = useState(false)
  useEffect(() => {
    if (!replacing) return
    const timer = setTimeout(() => setWaitedLong(true), OFFER_RELOAD_AFTER_MS)
    return () => {
      clearTimeout(timer)
      setWaitedLong(false)
    }
  }, [replacing])
  return (
    <Dialog title="正在从备份恢复" open={replacing} onClose={() => undefined}>
      <p role="status">另一个窗口正在用备份替换全部数据。完成后，此窗口会显示恢复后的内容。</p>
      <p>在此之前请不要输入：此时输入的内容无法保存。</p>
      {waitedLong && (
        <>
          <p>等待时间较长，另一个窗口可能已关闭。可以刷新此窗口，显示数据库中现有的内容。</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => location.reload()}>
              刷新此窗口
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
