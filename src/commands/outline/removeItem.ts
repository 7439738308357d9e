import { childrenOf, flattenTree } from '../../domain/outline/tree'
import { deleteSubtree } from '../../domain/outline/treeOps'
import { hasSelection, refuse, type PlanCommand } from '../types'

export interface RemoveArgs {
  id: string | null
  /**
   * Where the user goes next: the neighbouring tree row (default), or — for an empty new item
   * taken back with Backspace — the title or body of the item above, to keep typing there;
   * 'stay': focus stays where it is (the user clicked elsewhere, which took it off the item).
   */
  then?: 'row' | 'previousRow' | 'previousTitle' | 'previousBody' | 'stay'
  /** With `then: 'previousRow'`: this row instead (the row a new item was started from). */
  focusId?: string
  /** Only if the item is still empty and has no sub-items (Escape / Backspace on a new item). */
  onlyIfEmpty?: boolean
}

/** Delete an item with everything under it (the tree asks first when it has content). */
export const removeItem: PlanCommand<RemoveArgs> = {
  name: 'remove',
  label: '删除',
  keys: ['Delete'],
  when: hasSelection,
  undoable: true,
  perform: ({ tree }, { id, then = 'row', onlyIfEmpty, focusId }) => {
    if (!id) return refuse('请先选中一个条目')
    const node = tree.byId.get(id)
    if (!node) return refuse('找不到该条目')
    if (
      onlyIfEmpty &&
      (node.title.trim() !== '' || node.body?.content?.length || childrenOf(tree, id).length)
    )
      return { ok: true, change: { added: [], updated: [], removed: [] } }
    const result = deleteSubtree(tree, id)
    if (!result.ok) return result
    if (then === 'stay') return { ok: true, change: result.change }
    if (then === 'row')
      return {
        ok: true,
        change: result.change,
        focus: result.focusId ? { id: result.focusId, mode: 'row' } : undefined,
      }
    if (then === 'previousRow' && focusId && tree.byId.has(focusId))
      return { ok: true, change: result.change, focus: { id: focusId, mode: 'row' } }
    const rows = flattenTree(tree)
    const above = rows[rows.findIndex((row) => row.node.id === id) - 1]?.node
    const mode = then === 'previousTitle' ? 'rename' : then === 'previousBody' ? 'body' : 'row'
    return { ok: true, change: result.change, focus: above ? { id: above.id, mode } : undefined }
  },
}
