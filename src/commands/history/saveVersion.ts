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
    return takeSnapshot(planId, 'manual', label)
  },
}
