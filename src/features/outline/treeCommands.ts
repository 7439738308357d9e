import { applyPatch, runTreeOperation } from '../../db/patchRepo'
import { newId } from '../../db/planRepo'
import type { Tree } from '../../domain/outline/tree'
import {
  deleteSubtree,
  duplicateSubtree,
  indentNode,
  insertNode,
  invertPatch,
  isEmptyPatch,
  moveNodeBy,
  moveNodes,
  outdentNode,
  positionAfter,
  positionLastChild,
  type OpResult,
  type TreePosition,
} from '../../domain/outline/treeOps'
import { useEditorStore } from '../../store/editorStore'
import { errorMessage, trackSave } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { useUndoStore } from '../../store/undoStore'
import { treeRowId } from '../../ui/domIds'

/** Focus a tree row by node id once React has rendered it. */
export function focusTreeRow(id: string) {
  requestAnimationFrame(() => {
    const row = document.getElementById(treeRowId(id))
    // Focus already inside the row (its rename field) stays there.
    if (row && !row.contains(document.activeElement)) row.focus()
  })
}

/** Run a tree operation as one transaction, record it for undo, move focus. */
async function run(
  planId: string,
  operation: (tree: Tree) => OpResult,
  after?: (result: Extract<OpResult, { ok: true }>) => void,
): Promise<void> {
  let result: OpResult
  try {
    result = await trackSave(() => runTreeOperation(planId, operation))
  } catch (error) {
    showToast(`操作未完成：${errorMessage(error)}`, 'error')
    return
  }
  if (!result.ok) {
    showToast(result.reason)
    return
  }
  if (!isEmptyPatch(result.patch)) useUndoStore.getState().record(result.patch)
  if (result.focusId) {
    useEditorStore.getState().select(result.focusId, { scroll: true })
    focusTreeRow(result.focusId)
  }
  after?.(result)
}

const newNode = (planId: string) => ({ id: newId(), planId, title: '', body: null })

/** Add a node at a position and open its title for typing. */
function addAt(planId: string, position: (tree: Tree) => TreePosition | null) {
  return run(
    planId,
    (tree) => {
      const target = position(tree)
      return target
        ? insertNode(tree, newNode(planId), target)
        : { ok: false, reason: '找不到位置' }
    },
    (result) => result.focusId && useEditorStore.getState().startRenaming(result.focusId),
  )
}

export const treeCommands = {
  addSiblingAfter: (planId: string, id: string | null) =>
    addAt(planId, (tree) =>
      id
        ? positionAfter(tree, id)
        : { parentId: null, index: tree.childrenOf.get(null)?.length ?? 0 },
    ),
  addChild: (planId: string, id: string) => addAt(planId, (tree) => positionLastChild(tree, id)),
  addChapter: (planId: string) =>
    addAt(planId, (tree) => ({ parentId: null, index: tree.childrenOf.get(null)?.length ?? 0 })),
  indent: (planId: string, id: string) => run(planId, (tree) => indentNode(tree, id)),
  outdent: (planId: string, id: string) => run(planId, (tree) => outdentNode(tree, id)),
  moveUp: (planId: string, id: string) => run(planId, (tree) => moveNodeBy(tree, id, -1)),
  moveDown: (planId: string, id: string) => run(planId, (tree) => moveNodeBy(tree, id, 1)),
  moveTo: (planId: string, ids: string[], position: TreePosition) =>
    run(planId, (tree) => moveNodes(tree, ids, position)),
  duplicate: (planId: string, id: string) =>
    run(planId, (tree) => duplicateSubtree(tree, id, newId)),
  remove: (planId: string, id: string) =>
    run(
      planId,
      (tree) => deleteSubtree(tree, id),
      () => {
        const state = useEditorStore.getState()
        if (state.editingId === id) state.stopEditing()
      },
    ),
  undo: (planId: string) => replay(planId, 'undo'),
  redo: (planId: string) => replay(planId, 'redo'),
}

async function replay(planId: string, direction: 'undo' | 'redo') {
  const undo = useUndoStore.getState()
  const recorded = direction === 'undo' ? undo.takeUndo() : undo.takeRedo()
  if (!recorded) {
    showToast(direction === 'undo' ? '没有可撤销的操作' : '没有可重做的操作')
    return
  }
  const patch = direction === 'undo' ? invertPatch(recorded) : recorded
  try {
    await trackSave(() => applyPatch(planId, patch))
  } catch (error) {
    showToast(`无法${direction === 'undo' ? '撤销' : '重做'}：${errorMessage(error)}`, 'error')
    // The stack no longer matches the stored tree; start afresh rather than corrupt it.
    undo.reset(planId)
    return
  }
  const focus = patch.added[0]?.id ?? patch.updated[0]?.after.id
  if (focus) {
    useEditorStore.getState().select(focus, { scroll: true })
    focusTreeRow(focus)
  } else {
    const parent = patch.removed[0]?.parentId
    useEditorStore.getState().select(parent ?? null)
    if (parent) focusTreeRow(parent)
  }
}
