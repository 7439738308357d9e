import { newId } from '../../domain/newId'
import { duplicateSubtree } from '../../domain/outline/treeOps'
import { hasSelection, type PlanCommand } from '../types'
import type { ItemArgs } from './moveItem'

export const duplicateItem: PlanCommand<ItemArgs> = {
  name: 'duplicate',
  label: '复制',
  keys: ['Ctrl+D'],
  when: hasSelection,
  undoable: true,
  perform: ({ tree }, { id }) => {
    if (!id) return { ok: false, reason: '请先选中一个条目' }
    const result = duplicateSubtree(tree, id, newId)
    if (!result.ok) return result
    const focus = result.focusId ? { id: result.focusId, mode: 'row' as const } : undefined
    return { ok: true, change: result.change, focus }
  },
}
