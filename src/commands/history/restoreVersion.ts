import { restoreSnapshot } from '../../db/snapshotRepo'
import type { PlanChange } from '../../domain/outline/planChange'
import { useEditorStore } from '../../store/editorStore'
import { flushPendingEdits } from '../../store/pendingEdits'
import { useUndoStore } from '../../store/undoStore'
import type { LibraryCommand } from '../library/libraryCommand'

/**
 * 恢复此版本: open fields are written and closed (a live editor would keep the old text), the
 * current state is kept as a version, then the plan becomes the snapshot; undo starts afresh,
 * since its steps were computed from rows that are gone.
 */
export const restoreVersionCommand: LibraryCommand<
  { planId: string; snapshotId: string },
  PlanChange
> = {
  name: 'restoreVersion',
  label: '恢复此版本',
  perform: async ({ planId, snapshotId }) => {
    await flushPendingEdits()
    const editor = useEditorStore.getState()
    editor.stopEditing()
    editor.startRenaming(null)
    const applied = await restoreSnapshot(snapshotId)
    useUndoStore.getState().reset(planId)
    return applied
  },
}
