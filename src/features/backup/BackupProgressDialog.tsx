import { useEffect, useState } from 'react'
import { useBackupProgress } from '../../store/backupProgressStore'
import { Dialog } from '../../ui/Dialog'
import { ProgressBar } from '../../ui/ProgressBar'

/** A backup quicker than this never shows the dialog (no flash for a small library). */
const SHOW_AFTER_MS = 250

const STAGE_WORDS = { reading: '正在读取数据', writing: '正在生成文件' } as const

/**
 * 正在备份: the progress of 备份全部数据, wherever it was started (the backup dialog, the storage
 * banner, the reminder), with 取消 (or Escape), which downloads nothing.
 */
export function BackupProgressDialog() {
  const running = useBackupProgress((state) => state.running)
  const active = running !== null
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS)
    return () => {
      clearTimeout(timer)
      setShown(false)
    }
  }, [active])
  if (!running || !shown) return null
  return (
    <Dialog title="正在备份" open onClose={running.cancel} className="backup-dialog">
      <p className="dialog-message">正在生成备份文件，完成后自动下载。取消则不下载任何文件。</p>
      <ProgressBar label={STAGE_WORDS[running.stage]} share={running.share} />
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={running.cancel}>
          取消
        </button>
      </div>
    </Dialog>
  )
}
