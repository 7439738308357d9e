import { db } from '../db/db'
import { documentState } from '../db/documentState'
import { openedPlanDocument, UNTRACKED_ORIGIN, withPlanDocument } from '../db/planDocuments'
import { InvalidInputError, StaleWriteError } from '../db/planWriter'
import { applyChangeToDocument } from '../domain/document/applyChangeToDocument'
import { isNodeDeleted } from '../domain/document/documentOperations'
import { invertChange, isEmptyChange, type PlanChange } from '../domain/outline/planChange'
import { validatePlanFields } from '../domain/outline/planFields'
import type { Plan } from '../domain/outline/types'
import { useEditorStore } from '../store/editorStore'
import { flushPendingEdits } from '../store/pendingEdits'
import { errorMessage, trackSave } from '../store/saveStore'
import { showToast } from '../store/toastStore'
import { useUndoStore } from '../store/undoStore'
import { commandEffects } from './commandEffects'
import type { FocusTarget, Outcome, PlanCommand } from './types'

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

export type RunResult = Outcome & {
  applied?: PlanChange
  /** Not refused but not written either (the write failed): worth trying again. */
  writeFailed?: boolean
}

/**
 * The one runner: flush the open fields, compute the command on the plan's document as it is
 * now and write its change as one transaction of the document (this window's undo step), report
 * saving, move focus. A refusal is shown to the user and changes nothing.
 */
export async function runPlanCommand<Args>(
  command: PlanCommand<Args>,
  planId: string,
  args: Args,
  options: RunOptions = {},
): Promise<RunResult> {
  const presses = commandEffects().userPresses()
  if (options.flush !== false) await flushPendingEdits()
  /** Where focus went once the change was drawn, when it has been placed. */
  let placed: { focus: FocusTarget | undefined } | null = null
  const place = (outcome: Done, applied: PlanChange | null): FocusTarget | undefined => {
    if (placed) return placed.focus
    if (applied) closeRemoved(applied)
    // The user clicked somewhere while this ran: the keys that follow are for that place.
    const clickedSince = commandEffects().userPresses() !== presses
    const focus = clickedSince || options.keepFocus ? undefined : outcome.focus
    if (focus) moveFocus(focus)
    placed = { focus }
    return focus
  }
  let result: { outcome: Outcome; applied: PlanChange | null }
  try {
    result = await trackSave(async () => {
      const planRow = await db.plans.get(planId)
      if (!planRow) throw new Error('计划不存在或已被删除')
      // A plan in the trash is read-only until restored (another tab may still have it open).
      if (planRow.deletedAt) throw new StaleWriteError('计划已移入回收站，请先恢复')
      return withPlanDocument(planId, (opened) => {
        const state = documentState(opened, planRow, command.reads?.(args))
        const outcome = command.perform(state, args)
        if (!outcome.ok || isEmptyChange(outcome.change)) return { outcome, applied: null }
        checkChange(state.plan, outcome.change)
        const write = (origin: unknown) => applyChangeToDocument(opened.doc, outcome.change, origin)
        if (command.undoable)
          opened.undo.run(command.label, write, options.mergeKey, outcome.change)
        else write(UNTRACKED_ORIGIN)
        if (command.undoable) useUndoStore.getState().sync(planId, opened.undo)
        // Focus follows the change as soon as its rows are on screen (a moved row may be far
        // away in the virtual tree: scrolled to then), not once they are stored as well.
        void opened.rows.flushShown().then((shown) => {
          if (shown) place(outcome, outcome.change)
        })
        return { outcome, applied: outcome.change }
      })
    })
  } catch (error) {
    const reason = `${command.label}未完成：${errorMessage(error)}`
    if (!options.quiet) showToast(reason, 'error')
    return { ok: false, reason, writeFailed: true }
  }
  const { outcome, applied } = result
  if (!outcome.ok) {
    showToast(outcome.reason)
    return outcome
  }
  return {
    ...outcome,
    // Where focus went, if it went: a caller waiting to type there learns it did not.
    focus: place(outcome, applied),
    applied: applied ?? undefined,
  }
}

type Done = Extract<Outcome, { ok: true }>

/** What the document would take but the plan must never hold. */
function checkChange(plan: Plan, change: PlanChange): void {
  if (change.plan) {
    const problem = validatePlanFields({ ...plan, ...change.plan.after })
    if (problem) throw new InvalidInputError(problem)
  }
  for (const node of [...change.added, ...change.updated.map(({ after }) => after)]) {
    if (node.parentId === node.id) throw new InvalidInputError('条目不能是自己的下级')
    if (node.planId !== plan.id) throw new InvalidInputError('条目不属于此计划')
  }
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

/** Undo or redo this window's newest step of the plan (never another window's edits). */
export async function replayUndo(planId: string, direction: 'undo' | 'redo'): Promise<void> {
  await flushPendingEdits()
  const opened = openedPlanDocument(planId)
  const steps = opened?.undo.steps(direction)
  const step = steps?.at(-1)
  if (!opened || !step) {
    showToast(direction === 'undo' ? '没有可撤销的操作' : '没有可重做的操作')
    return
  }
  try {
    await trackSave(async () => {
      if (direction === 'undo') opened.undo.undo()
      else opened.undo.redo()
      await opened.rows.flush()
    })
  } catch (error) {
    showToast(
      `无法${direction === 'undo' ? '撤销' : '重做'}“${step.label}”：${errorMessage(error)}`,
      'error',
    )
  }
  useUndoStore.getState().sync(planId, opened.undo)
  const applied = direction === 'undo' ? invertChange(step.change) : step.change
  const focus = applied.added[0]?.id ?? applied.updated[0]?.after.id ?? applied.removed[0]?.parentId
  closeRemoved(applied)
  if (focus && !isNodeDeleted(opened.doc, focus)) moveFocus({ id: focus, mode: 'row' })
  else useEditorStore.getState().select(null)
}
