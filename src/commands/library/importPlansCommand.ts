import { mirrorImportedPlans } from '../../db/importPlans'
import type { ImportSession, PlanWrite } from './importSession'
import type { LibraryCommand } from './libraryCommand'

/**
 * 导入上一年计划: the plans confirmed in the import preview, built and written in one transaction
 * where the session runs (a worker for a long text), with progress; `signal` (取消) aborts the
 * transaction, nothing is written.
 */
export const importPlansCommand: LibraryCommand<
  {
    session: ImportSession
    plans: PlanWrite[]
    onProgress: (share: number) => void
    signal: AbortSignal
  },
  string[]
> = {
  name: 'importPlans',
  label: '导入上一年计划',
  perform: async ({ session, plans, onProgress, signal }) => {
    const planIds = await session.write(plans, onProgress, signal)
    // The worker's commits passed this window's memory copy by: read them in, a slice at a time.
    if (session.inWorker) await mirrorImportedPlans(planIds)
    return planIds
  },
}
