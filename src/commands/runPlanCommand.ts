import { db } from '../db/db'
import { foldDrafts, planTransaction, readPlanForWrite, writeChange } from '../db/planWriter'
import { invertChange, isEmptyChange, type PlanChange } from '../domain/outline/planChange'
import { buildTree } from '../domain/outline/tree'
import type { OutlineNode } from '../domain/outline/types'
import { useEditorStore } from '../store/editorStore'
import { flushPendingEdits } from '../store/pendingEdits'
import { errorMessage, trackSave } from '../store/saveStore'
import { showToast } from '../store/toastStore'
import { useUndoStore } from '../store/undoStore'
import { commandEffects } from './commandEffects'
import type { FocusTarget, Outcome, PlanCommand, PlanState } from './types'

export interface RunOptions {
  /** Write the open fields first (default). A field saving itself does not flush. */
  flush?: boolean
  /** Undo steps with the same key merge (the keystrokes of one title). */
  mergeKey?: string
  /** Do not move focus or selection (a title saved while its field keeps focus). */
  keepFocus?: boolean
  /** A failed write is shown by the status bar only (a field retrying its save). */
  quiet?: boolean
}

/** `folded`: what typed drafts the command's read folded into the plan (commitBody's work). */
export type RunResult = Outcome & {
  applied?: PlanChange
  folded?: PlanChange
  /** Not refused but not written either (the transaction failed): worth trying again. */
  writeFailed?: boolean
}

/**
 * The one runner: flush the open fields, compute the command on the stored plan and write it in
 * one transaction, record the undo step, report saving, move focus. A refusal is shown to the
 * user and changes nothing.
 */
export async function runPlanCommand<Args>(
  command: PlanCommand<Args>,
  planId: string,
  args: Args,
  options: RunOptions = {},
): Promise<RunResult> {
  const presses = commandEffects().userPresses()
  if (options.flush !== false) await flushPendingEdits()
  let result: { outcome: Outcome; applied: PlanChange | null; folded: PlanChange | null }
  try {
    result = await trackSave(() =>
      planTransaction(async () => {
        const { folded, ...state } = await readState(planId, command.reads?.(args))
        const outcome = command.perform(state, args)
        if (!outcome.ok || isEmptyChange(outcome.change)) return { outcome, applied: null, folded }
        return { outcome, applied: await writeChange(planId, outcome.change), folded }
      }),
    )
  } catch (error) {
    const reason = `${command.label}未完成：${errorMessage(error)}`
    if (!options.quiet) showToast(reason, 'error')
    return { ok: false, reason, writeFailed: true }
  }
  const { outcome, applied, folded } = result
  if (!outcome.ok) {
    showToast(outcome.reason)
    return outcome
  }
  if (applied) closeRemoved(applied)
  if (applied && command.undoable)
    useUndoStore
      .getState()
      .record({ change: applied, label: command.label, mergeKey: options.mergeKey })
  // The user clicked somewhere while this ran: the keys that follow are for that place.
  const clickedSince = commandEffects().userPresses() !== presses
  if (outcome.focus && !options.keepFocus && !clickedSince) moveFocus(outcome.focus)
  return {
    ...outcome,
    // Where focus went, if it went: a caller waiting to type there learns it did not.
    focus: clickedSince || options.keepFocus ? undefined : outcome.focus,
    applied: applied ?? undefined,
    folded: folded ?? undefined,
  }
}

async function readState(
  planId: string,
  nodeIds?: string[],
): Promise<PlanState & { folded: PlanChange | null }> {
  if (!nodeIds) {
    const { plan, nodes } = await readPlanForWrite(planId)
    return { plan, tree: buildTree(nodes), folded: null }
  }
  const folded = await foldDrafts(planId, nodeIds)
  const plan = await db.plans.get(planId)
  if (!plan) throw new Error('计划不存在或已被删除')
  const nodes = (await db.nodes.bulkGet(nodeIds)).filter(
    (node): node is OutlineNode => node?.planId === planId,
  )
  return { plan, tree: buildTree(nodes), folded }
}

/** The item being edited may be gone: its fields close rather than save into nothing. */
function closeRemoved(applied: PlanChange): void {
  if (applied.removed.length === 0) return
  const store = useEditorStore.getState()
  const removed = new Set(applied.removed.map((node) => node.id))
  if (store.editingId && removed.has(store.editingId)) store.stopEditing()
  if (store.renamingId && removed.has(store.renamingId)) store.startRenaming(null)
}

export function moveFocus({ id, mode }: FocusTarget): void {
  const store = useEditorStore.getState()
  store.select(id, { scroll: true })
  if (mode === 'rename') store.startRenaming(id)
  else if (mode === 'title' || mode === 'body') store.startEditing(id, mode)
  else if (mode === 'row') commandEffects().focusRow(id)
}

/** Undo or redo the newest step: its change (inverted for undo) through the one writer. */
export async function replayUndo(planId: string, direction: 'undo' | 'redo'): Promise<void> {
  await flushPendingEdits()
  const undo = useUndoStore.getState()
  const entry = direction === 'undo' ? undo.past.at(-1) : undo.future.at(-1)
  if (!entry) {
    showToast(direction === 'undo' ? '没有可撤销的操作' : '没有可重做的操作')
    return
  }
  const change = direction === 'undo' ? invertChange(entry.change) : entry.change
  let applied: PlanChange
  try {
    applied = await trackSave(() =>
      planTransaction(async () => {
        await foldDrafts(planId)
        return writeChange(planId, change)
      }),
    )
  } catch (error) {
    showToast(
      `无法${direction === 'undo' ? '撤销' : '重做'}“${entry.label}”：${errorMessage(error)}`,
      'error',
    )
    // The history no longer matches the stored plan; start afresh rather than corrupt it.
    undo.reset(planId)
    return
  }
  if (direction === 'undo') undo.didUndo(applied)
  else undo.didRedo(applied)
  const focus = applied.added[0]?.id ?? applied.updated[0]?.after.id ?? applied.removed[0]?.parentId
  const store = useEditorStore.getState()
  // The item being edited may be gone; its editor must close rather than save into nothing.
  if (store.editingId && applied.removed.some((node) => node.id === store.editingId))
    store.stopEditing()
  if (store.renamingId && applied.removed.some((node) => node.id === store.renamingId))
    store.startRenaming(null)
  if (focus) moveFocus({ id: focus, mode: 'row' })
  else store.select(null)
}
