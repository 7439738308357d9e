import {
  indentNode,
  moveNodeBy,
  moveNodes,
  outdentNode,
  type OpResult,
  type TreePosition,
} from '../../domain/outline/treeOps'
import { childrenOf, type Tree } from '../../domain/outline/tree'
import { rowsAround, shownOutline } from './shownOutline'
import { hasSelection, type Outcome, type PlanCommand } from '../types'

export interface ItemArgs {
  id: string | null
  /** Where focus goes after: the tree row (default), or nowhere (a title field keeps it). */
  focus?: 'row' | 'none'
}

// A move writes one row per moved node (parent and order key; the subtree follows) and reads
// only the rows around it, known from the outline on screen (see rowsAround).
const readsAroundItem = ({ id }: ItemArgs) => (id ? rowsAround([id]) : undefined)

/** Tab needs the new parent's children too: the previous sibling's. */
function readsForIndent({ id }: ItemArgs) {
  const tree = shownOutline()
  const node = id ? tree?.byId.get(id) : undefined
  if (!id || !tree || !node) return undefined
  const siblings = childrenOf(tree, node.parentId)
  const previous = siblings[siblings.findIndex((sibling) => sibling.id === id) - 1]
  return rowsAround([id], previous ? [previous.id] : [])
}

/** Shift+Tab needs the parent's siblings: the node goes right after its parent. */
function readsForOutdent({ id }: ItemArgs) {
  const parentId = id ? shownOutline()?.byId.get(id)?.parentId : undefined
  return id && parentId ? rowsAround([id, parentId]) : readsAroundItem({ id })
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
  reads: readsForIndent,
  perform: onItem(indentNode),
}

export const outdentItem: PlanCommand<ItemArgs> = {
  name: 'outdent',
  label: '升级',
  keys: ['Shift+Tab'],
  when: hasSelection,
  undoable: true,
  reads: readsForOutdent,
  perform: onItem(outdentNode),
}

export const moveItemUp: PlanCommand<ItemArgs> = {
  name: 'moveUp',
  label: '上移',
  keys: ['Alt+ArrowUp'],
  when: hasSelection,
  undoable: true,
  reads: readsAroundItem,
  perform: onItem((tree, id) => moveNodeBy(tree, id, -1)),
}

export const moveItemDown: PlanCommand<ItemArgs> = {
  name: 'moveDown',
  label: '下移',
  keys: ['Alt+ArrowDown'],
  when: hasSelection,
  undoable: true,
  reads: readsAroundItem,
  perform: onItem((tree, id) => moveNodeBy(tree, id, 1)),
}

/** A drag in the tree: items with their subtrees to a position. */
export const moveItemsTo: PlanCommand<{ ids: string[]; position: TreePosition }> = {
  name: 'moveTo',
  label: '移动',
  undoable: true,
  reads: ({ ids, position }) => rowsAround(ids, [position.parentId]),
  perform: ({ tree }, { ids, position }) => {
    const result = moveNodes(tree, ids, position)
    if (!result.ok) return result
    const focus = result.focusId ? { id: result.focusId, mode: 'row' as const } : undefined
    return { ok: true, change: result.change, focus }
  },
}
