import { withPlanDocument } from '../../db/planDocuments'
import { restoreNode } from '../../domain/document/documentOperations'
import { errorMessage, trackSave } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { useUndoStore } from '../../store/undoStore'
import { moveFocus } from '../runPlanCommand'

/**
 * 恢复条目: an item deleted elsewhere while this window typed into it comes back with all of
 * its text (the delete only marked it). This window's own undo step.
 */
export async function restoreNodeInPlan(planId: string, id: string): Promise<void> {
  try {
    const result = await trackSave(() =>
      withPlanDocument(planId, (opened) => {
        const outcome = restoreNode(opened.undo, id)
        useUndoStore.getState().sync(planId, opened.undo)
        return outcome
      }),
    )
    if (!result.ok) showToast(result.reason)
    else moveFocus({ id, mode: 'row' })
  } catch (error) {
    showToast(`恢复条目未完成：${errorMessage(error)}`, 'error')
  }
}
