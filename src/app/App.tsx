import { lazy, Suspense, useEffect } from 'react'
import { compactMigrationBackupsCommand } from '../commands/library/migrationBackupCommands'
import { purgeExpiredTrashCommand } from '../commands/library/trashCommands'
import { BackupProgressDialog } from '../features/backup/BackupProgressDialog'
import { StorageHealthBanner } from '../features/backup/StorageHealthBanner'
import { PlanLibrary } from '../features/library/PlanLibrary'
import { Toasts } from '../ui/Toasts'
import { checkPlansOnStart } from './checkPlansOnStart'
import { ReloadRequired } from './ReloadRequired'
import { ReplacingElsewhere } from './ReplacingElsewhere'
import { useHashRoute } from '../ui/useHashRoute'
import { PlanEditorScreen, prefetchPlanScreen, TrashScreen } from './lazyScreens'

const PrintPreviewView = lazy(() =>
  import('../features/export/PrintPreviewView').then((module) => ({
    default: module.PrintPreviewView,
  })),
)

export function App() {
  const route = useHashRoute()
  useEffect(() => {
    // Not the user's edit, so no save status; a failure is retried at the next start.
    purgeExpiredTrashCommand.perform().catch(() => undefined)
    checkPlansOnStart().catch(() => undefined)
    compactMigrationBackupsCommand.perform().catch(() => undefined)
    prefetchPlanScreen()
  }, [])
  return (
    <>
      <StorageHealthBanner />
      {route.name === 'library' && <PlanLibrary />}
      {route.name === 'trash' && (
        <Suspense fallback={<p className="loading">正在打开回收站…</p>}>
          <TrashScreen.Component />
        </Suspense>
      )}
      {route.name === 'editor' && (
        <Suspense fallback={<p className="loading">正在打开计划…</p>}>
          <PlanEditorScreen.Component key={route.planId} planId={route.planId} />
        </Suspense>
      )}
      {route.name === 'print' && (
        <Suspense fallback={<p className="loading">正在准备打印预览…</p>}>
          <PrintPreviewView planId={route.planId} nodeId={route.nodeId ?? null} />
        </Suspense>
      )}
      <BackupProgressDialog />
      <Toasts />
      <ReloadRequired />
      <ReplacingElsewhere />
    </>
  )
}
