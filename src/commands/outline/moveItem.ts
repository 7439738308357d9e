import {
  indentNode,
  moveNodeBy,
  moveNodes,
  outdentNode,
  type OpResult,
  type TreePosition,
} from '../../domain/outline/treeOps'
import type { Tree } from '../../domain/outline/tree'
import { hasSelection, type Outcome, type PlanCommand } from '../types'

export interface ItemArgs {
  id: string | null
  /** Where focus goes after: the tree row (default), or nowhere (a title field keeps it). */
  focus?: 'row' | 'none'
}

const onItem =
  (operation: (tree: Tree, id: string) => OpResult) =>
  ({ tree }: { tree: Tree }, { id, focus }: ItemArgs): Outcome => {
    if (!id) return { ok: false, reason: '请先选中一个条目' }
    const result = operation(tree, id)
    if (!result.ok) return result
    return {
      ok: true,
      change: result.change,
      focus: result.focusId && focus !== 'none' ? { id: result.focusId, mode: 'row' } : undefined,
    }
  }

export const indentItem: PlanCommand<ItemArgs> = {
  name: 'indent',
  label: '降级',
  keys: ['Tab'],
  when: hasSelection,
  undoable: true,
  perform: onItem(indentNode),
}

export const outdentItem: PlanCommand<ItemArgs> = {
  name: 'outdent',
  label: '升级',
  keys: ['Shift+Tab'],
  when: hasSelection,
  undoable: true,
  perform: onItem(outdentNode),
}

export const moveItemUp: PlanCommand<ItemArgs> = {
  name: 'moveUp',
  label: '上移',
  keys: ['Alt+ArrowUp'],
  when: hasSelection,
  undoable: true,
  perform: onItem((tree, id) => moveNodeBy(tree, id, -1)),
}

export const moveItemDown: PlanCommand<ItemArgs> = {
  name: 'moveDown',
  label: '下移',
  keys: ['Alt+ArrowDown'],
  when: hasSelection,
  undoable: true,
  perform: onItem((tree, id) => moveNodeBy(tree, id, 1)),
}

/** A drag in the tree: items with their subtrees to a position. */
export const moveItemsTo: PlanCommand<{ ids: string[]; position: TreePosition }> = {
  name: 'moveTo',
  label: '移动',
  undoable: true,
  perform: ({ tree }, { ids, position }) => {
    const result = moveNodes(tree, ids, position)
    if (!result.ok) return result
    const focus = result.focusId ? { id: result.focusId, mode: 'row' as const } : undefined
    return { ok: true, change: result.change, focus }
  },
}
