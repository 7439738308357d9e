import { fillNamedSlotsCommand } from '../../commands/plan/fillSlots'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { namedSlotText, type NamedSlotValues } from '../../domain/phrases/namedSlots'
import { useEditorStore } from '../../store/editorStore'
import { flushPendingEdits } from '../../store/pendingEdits'
import { showToast } from '../../store/toastStore'

/**
 * Fills named slots everywhere in the plan (one undo step) and says what was done. The open
 * field is written and closed first: the fill rewrites text it may hold.
 */
export async function fillSlots(
  planId: string,
  values: NamedSlotValues,
  places: number,
): Promise<boolean> {
  await flushPendingEdits()
  if (useEditorStore.getState().editingId !== null) useEditorStore.getState().stopEditing()
  const result = await runPlanCommand(
    fillNamedSlotsCommand,
    planId,
    { values },
    { keepFocus: true },
  )
  if (!result.ok) return false
  const what = Object.entries(values)
    .filter(([, value]) => value?.trim())
    .map(([name, value]) => `${namedSlotText(name)} 填为“${value?.trim()}”`)
    .join('，')
  showToast(`已将 ${places} 处 ${what}（可撤销）`)
  return true
}
