import { lazy, Suspense, useEffect, useState } from 'react'
import { StorageDialog } from './StorageDialog'

// The restore side (valibot, the schema) loads when the dialog is first opened.
const BackupDialog = lazy(() =>
  import('./BackupDialog').then((module) => ({ default: module.BackupDialog })),
)

/**
 * 备份与恢复 and 存储, among the plan library's buttons. `restoreFile`: a backup chosen elsewhere
 * (导入计划（JSON）), opened straight into 从备份恢复.
 */
export function BackupButtons({
  restoreFile = null,
  onRestoreClosed,
}: {
  restoreFile?: File | null
  onRestoreClosed?: () => void
}) {
  const [open, setOpen] = useState<'backup' | 'storage' | null>(null)
  useEffect(() => {
    if (restoreFile) setOpen('backup')
  }, [restoreFile])
  const close = () => {
    setOpen(null)
    onRestoreClosed?.()
  }
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('backup')}>
        备份与恢复
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('storage')}>
        存储
      </button>
      {open === 'backup' && (
        <Suspense fallback={null}>
          <BackupDialog onClose={close} initialFile={restoreFile ?? undefined} />
        </Suspense>
      )}
      {open === 'storage' && <StorageDialog onClose={close} />}
    </>
  )
}
