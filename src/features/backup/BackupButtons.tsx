import { lazy, Suspense, useState } from 'react'
import { StorageDialog } from './StorageDialog'

// The restore side (valibot, the schema) loads when the dialog is first opened.
const BackupDialog = lazy(() =>
  import('./BackupDialog').then((module) => ({ default: module.BackupDialog })),
)

/** 备份与恢复 and 存储, among the plan library's buttons. */
export function BackupButtons() {
  const [open, setOpen] = useState<'backup' | 'storage' | null>(null)
  const close = () => setOpen(null)
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
          <BackupDialog onClose={close} />
        </Suspense>
      )}
      {open === 'storage' && <StorageDialog onClose={close} />}
    </>
  )
}
