import type { QueuedKey } from '../domain/outline/keyQueue'
import { useEditorStore } from '../store/editorStore'
import { applyQueuedKeys } from './applyQueuedKeys'
import { focusEditorNow } from './focusEditorNow'
import { getLiveEditor } from './liveEditorRegistry'
import { putBackQueuedKeys } from '../ui/keyCatcher'

/** Move from a title to its body's live editor, typing there what was queued for it. */
export function focusLiveBody(
  nodeId: string,
  queued: readonly QueuedKey[] = [],
  nextItem?: () => void,
): boolean {
  const live = getLiveEditor()
  if (live?.nodeId !== nodeId) return false
  focusEditorNow(live.editor, 'start')
  applyQueuedKeys(live.editor, queued, {
    exit: () => useEditorStore.getState().stopEditing(),
    nextItem,
    putBack: putBackQueuedKeys,
  })
  return true
}
