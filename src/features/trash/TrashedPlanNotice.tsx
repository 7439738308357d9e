import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { restoreTrashedPlanCommand } from '../../commands/library/trashCommands'
import type { Plan } from '../../domain/outline/types'
import { trashDaysLeft } from '../../domain/trash/trashPolicy'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { formatEditedTime } from '../library/formatTime'

/** A trashed plan's address: say so, and offer it back (the editor opens once restored). */
export function TrashedPlanNotice({ plan }: { plan: Plan }) {
  const deletedAt = plan.deletedAt ?? Date.now()
  const restore = async () => {
    try {
      await runLibraryCommand(restoreTrashedPlanCommand, { planId: plan.id })
      showToast(`已恢复“${plan.title}”`)
    } catch (error) {
      showToast(`恢复未完成：${errorMessage(error)}`, 'error')
    }
  }
  return (
    <main className="missing-plan">
      <h1>“{plan.title}”在回收站中</h1>
      <p>
        删除于 {formatEditedTime(deletedAt)}，{trashDaysLeft(deletedAt, Date.now())}{' '}
        天后将被彻底删除。恢复后可继续编辑。
      </p>
      <p className="trashed-actions">
        <button type="button" className="primary" onClick={() => void restore()}>
          恢复
        </button>
        <a href="#/trash">打开回收站</a>
        <a href="#/">返回计划库</a>
      </p>
    </main>
  )
}
