import { newId } from '../../domain/newId'
import { childrenOf, type Tree } from '../../domain/outline/tree'
import {
  insertNode,
  positionAfter,
  positionLastChild,
  type TreePosition,
} from '../../domain/outline/treeOps'
import { hasSelection, refuse, type Outcome, type PlanCommand, type PlanState } from '../types'

/** Where the new item goes, and where the user types next (its title in the tree or document). */
export interface AddItemArgs {
  id: string | null
  /** Set by the caller to name the new row (tests); a fresh id otherwise. */
  newId?: string
  focus?: 'rename' | 'title'
}

function addAt(
  { plan, tree }: PlanState,
  args: AddItemArgs,
  position: (tree: Tree) => TreePosition | null,
): Outcome {
  const target = position(tree)
  if (!target) return refuse('找不到要插入的位置')
  const node = { id: args.newId ?? newId(), planId: plan.id, title: '', body: null }
  const result = insertNode(tree, node, target)
  if (!result.ok) return result
  return { ok: true, change: result.change, focus: { id: node.id, mode: args.focus ?? 'rename' } }
}

const atEnd = (tree: Tree): TreePosition => ({
  parentId: null,
  index: childrenOf(tree, null).length,
})

export const addSiblingAfter: PlanCommand<AddItemArgs> = {
  name: 'addSiblingAfter',
  label: '添加同级',
  keys: ['Enter'],
  undoable: true,
  perform: (state, args) =>
    addAt(state, args, (tree) => (args.id ? positionAfter(tree, args.id) : atEnd(tree))),
}

export const addChild: PlanCommand<AddItemArgs> = {
  name: 'addChild',
  label: '添加下级',
  when: hasSelection,
  undoable: true,
  perform: (state, args) =>
    addAt(state, args, (tree) =>
      args.id && tree.byId.has(args.id) ? positionLastChild(tree, args.id) : null,
    ),
}

export const addChapter: PlanCommand<AddItemArgs> = {
  name: 'addChapter',
  label: '添加章节',
  undoable: true,
  perform: (state, args) => addAt(state, args, atEnd),
}

/** Ctrl+Enter in the preamble: a chapter before all others. */
export const addFirstChapter: PlanCommand<AddItemArgs> = {
  name: 'addFirstChapter',
  label: '添加章节',
  undoable: true,
  perform: (state, args) => addAt(state, args, () => ({ parentId: null, index: 0 })),
}
