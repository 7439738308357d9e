import { withPlanDocument } from '../../db/planDocuments'
import { refreshCharCount } from '../../db/planRepo'
import { repairDocument, repairNotice } from '../../domain/document/repairDocument'
import { nodeRecord, recordTitle } from '../../domain/document/planDocument'
import { showToast } from '../../store/toastStore'

/**
 * What a plan needs when it opens (its document is loaded, with what a closed page rescued): a
 * tree that concurrent moves in several windows or machines left unsound is repaired in the
 * document — the same way on every machine — and the user told, never silently; the cached
 * count checked.
 */
export async function checkPlanOnOpen(planId: string): Promise<void> {
  const notice = await withPlanDocument(planId, ({ doc, rows }) => {
    // From the rows writer's projection: made here at open, the first move finds it ready.
    const repair = repairDocument(doc, rows.projectionNow().projection)
    if (!repair) return null
    return repairNotice(repair, (id) => {
      const record = nodeRecord(doc, id)
      return record ? recordTitle(record).toString() : ''
    })
  })
  if (notice) showToast(notice)
  await refreshCharCount(planId)
}
