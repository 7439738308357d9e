import { lazy, Suspense, useEffect } from 'react'
import { purgeExpiredTrashCommand } from '../commands/library/trashCommands'
import { PlanEditorView } from '../features/planScreen/PlanEditorView'
import { PlanLibrary } from '../features/library/PlanLibrary'
import { TrashView } from '../features/trash/TrashView'
import { Toasts } from '../ui/Toasts'
import { checkPlansOnStart } from './checkPlansOnStart'
import { ReloadRequired } from './ReloadRequired'
import { useHashRoute } from '../ui/useHashRoute'

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
  }, [])
  return (
    <>
      {route.name === 'library' && <PlanLibrary />}
      {route.name === 'trash' && <TrashView />}
      {route.name === 'editor' && <PlanEditorView key={route.planId} planId={route.planId} />}
      {route.name === 'print' && (
        <Suspense fallback={<p className="loading">正在准备打印预览…</p>}>
          <PrintPreviewView planId={route.planId} nodeId={route.nodeId ?? null} />
        </Suspense>
      )}
      <Toasts />
      <ReloadRequired />
    </>
  )
}
