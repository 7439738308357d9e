import {
  addChapter,
  addChild,
  addFirstChapter,
  addSiblingAfter,
} from '../../commands/outline/addItem'
import { removeItem, type RemoveArgs } from '../../commands/outline/removeItem'
import { runPlanCommand, type RunResult } from '../../commands/runPlanCommand'
import { newId } from '../../domain/newId'
import { useEditorStore } from '../../store/editorStore'
import { armKeyCatcher, disarmKeyCatcher, isPressedAway } from '../../ui/keyCatcher'

const ADD_COMMANDS = {
  sibling: addSiblingAfter,
  child: addChild,
  chapter: addChapter,
  firstChapter: addFirstChapter,
}

/** Where each new item was started from: taking it back returns there. */
const origins = new Map<string, string>()

/** New items still being written: keys typed for one wait for it. */
const adding = new Map<string, Promise<RunResult>>()

/** The row the user pressed Enter on to make this new item, if any. */
export const newItemOrigin = (id: string): string | undefined => origins.get(id)

/** Whether `id` is the item just made by Enter / Ctrl+Enter (an empty one goes again). */
export const isNewItem = (id: string): boolean => useEditorStore.getState().newItemId === id

/** The write of a new item still on its way (undefined once written or refused). */
export const newItemAdding = (id: string): Promise<RunResult> | undefined => adding.get(id)

/** Undo steps of a new item: its creation and its first title are one step. */
export const newItemMergeKey = (id: string) => `item:${id}`

/**
 * Make a new item and open its title (in the tree or the document). Keys typed until the title
 * field is there are caught and handed to it; call this from the key handler itself.
 */
export async function startNewItem(
  planId: string,
  where: keyof typeof ADD_COMMANDS,
  anchorId: string | null,
  focus: 'rename' | 'title',
): Promise<void> {
  const id = newId()
  armKeyCatcher({ field: focus, planId, nodeId: id, title: '', isNew: true })
  useEditorStore.getState().setNewItem(id)
  if (anchorId) origins.set(id, anchorId)
  const write = runPlanCommand(
    ADD_COMMANDS[where],
    planId,
    { id: anchorId, newId: id, focus },
    { mergeKey: newItemMergeKey(id) },
  )
  adding.set(id, write)
  const result = await write
  adding.delete(id)
  if (result.ok && result.focus) return
  // The user pressed elsewhere before its title opened: the keys typed for it are written to
  // it there (deliverKeysAway), which also takes it back if none were typed.
  if (isPressedAway(focus, id)) return
  // Refused: what was caught for it is dropped, focus stays where the user put it, and the
  // item (still empty) goes again.
  disarmKeyCatcher()
  if (!result.ok) return
  const store = useEditorStore.getState()
  if (store.newItemId === id) store.setNewItem(null)
  await runPlanCommand(
    removeItem,
    planId,
    { id, onlyIfEmpty: true, then: 'stay' },
    { mergeKey: newItemMergeKey(id) },
  )
}

/**
 * Take back a new item that is still empty (Escape, Backspace, Enter on an empty title): no
 * question, and no undo step left behind.
 */
export async function dropEmptyNewItem(
  planId: string,
  id: string,
  then: RemoveArgs['then'],
): Promise<void> {
  if (then === 'previousTitle' || then === 'previousBody') armKeyCatcher()
  const store = useEditorStore.getState()
  if (store.newItemId === id) store.setNewItem(null)
  if (store.renamingId === id) store.startRenaming(null)
  if (store.editingId === id) store.stopEditing()
  const result = await runPlanCommand(
    removeItem,
    planId,
    { id, onlyIfEmpty: true, then, focusId: then === 'previousRow' ? origins.get(id) : undefined },
    { mergeKey: newItemMergeKey(id) },
  )
  // Nowhere to go on typing (no item above): keys caught meanwhile go back where they were.
  if (!result.ok || !result.focus) disarmKeyCatcher()
}
