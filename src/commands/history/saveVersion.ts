import { openedPlanDocument } from '../../db/planDocuments'
import { takeSnapshot } from '../../db/snapshotRepo'
import type { SnapshotMeta } from '../../domain/history/types'
import { flushPendingEdits } from '../../store/pendingEdits'
import type { LibraryCommand } from '../library/libraryCommand'

/** 保存版本: the plan as typed so far (open fields written first), under the user's label. */
export const saveVersionCommand: LibraryCommand<{ planId: string; label: string }, SnapshotMeta> = {
  name: 'saveVersion',
  label: '保存版本',
  perform: async ({ planId, label }) => {
    await flushPendingEdits()
    // Body typing reaches the rows at a pause: written now, so the version has every character.
    await openedPlanDocument(planId)?.rows.flush()
    return takeSnapshot(planId, 'manual', label)
  },
}
