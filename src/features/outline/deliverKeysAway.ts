import { addSiblingAfter } from '../../commands/outline/addItem'
import { indentItem, outdentItem } from '../../commands/outline/moveItem'
import { removeItem } from '../../commands/outline/removeItem'
import { renameItem } from '../../commands/outline/renameItem'
import { typeIntoBody } from '../../commands/outline/typeIntoBody'
import { runPlanCommand, type RunOptions } from '../../commands/runPlanCommand'
import { newId } from '../../domain/newId'
import type { KeysAway } from '../../domain/outline/keyQueue'
import { planKeysAway, type AwayItem } from '../../domain/outline/keysAway'
import { useEditorStore } from '../../store/editorStore'
import { showToast } from '../../store/toastStore'
import { docNodeId, treeRowId } from '../../ui/domIds'
import { newItemAdding, newItemMergeKey } from './newItemFlow'

/**
 * The user pressed elsewhere while a title or a body was still opening: the keys typed for it
 * before the press are written to it (and to the new items its Enter opened, with their bodies)
 * by commands, without its field and without moving focus, which stays where the user clicked.
 * An empty new item goes.
 */
export async function deliverKeysAway({ target, items: keys }: KeysAway): Promise<void> {
  const { planId, nodeId } = target
  const isNew = target.field !== 'body' && target.isNew
  // The new item may still be on its way: its keys wait for it; if it was refused, they go.
  const adding = newItemAdding(nodeId)
  if (adding && !(await adding).ok) return
  const { items, undelivered } = planKeysAway(target, keys)
  const [first, ...following] = items
  const options = (id: string): RunOptions => ({
    keepFocus: true,
    // A new item, its title and its body are one undo step, as when typed in its fields.
    mergeKey: id === nodeId && !isNew ? `keys:${id}:away` : newItemMergeKey(id),
  })
  const fill = async (id: string, item: AwayItem, before: string) => {
    if (item.title !== undefined && item.title !== before)
      await runPlanCommand(renameItem, planId, { id, title: item.title }, options(id))
    for (const move of item.moves)
      await runPlanCommand(
        move === 'indent' ? indentItem : outdentItem,
        planId,
        { id, focus: 'none' },
        { keepFocus: true },
      )
    if (item.body && item.body.keys.length > 0)
      await runPlanCommand(typeIntoBody, planId, { id, ...item.body }, options(id))
  }
  await fill(nodeId, first, target.field === 'body' ? '' : target.title)
  let previous = nodeId
  for (const item of following) {
    if ((item.title ?? '').trim() === '' && !item.body?.keys.length) continue
    const id = newId()
    const added = await runPlanCommand(
      addSiblingAfter,
      planId,
      { id: previous, newId: id },
      options(id),
    )
    if (!added.ok) break
    await fill(id, item, '')
    previous = id
  }
  if (isNew && (first.title ?? '').trim() === '')
    await runPlanCommand(
      removeItem,
      planId,
      { id: nodeId, onlyIfEmpty: true, then: 'stay' },
      options(nodeId),
    )
  closeFieldLeft(nodeId)
  const lost = undelivered.flatMap((item) => (item.kind === 'text' ? [item.text] : [])).join('')
  if (lost.trim() !== '')
    showToast(`点击别处之前键入的“${lost}”没有可填入的位置，未保存，请在需要处重新输入`)
}

/** The field, if it opened meanwhile without focus, closes: the user is elsewhere. */
function closeFieldLeft(nodeId: string): void {
  const active = document.activeElement
  // The user went into this very item (its row or its place in the document): it stays open.
  if (active?.closest('[role="treeitem"]')?.id === treeRowId(nodeId)) return
  if (active?.closest('.doc-node')?.id === docNodeId(nodeId)) return
  const store = useEditorStore.getState()
  if (store.newItemId === nodeId) store.setNewItem(null)
  if (store.renamingId === nodeId) store.startRenaming(null)
  if (store.editingId === nodeId) store.stopEditing()
}
