import * as Y from 'yjs'
import { emptyChange, isEmptyChange, squashChanges, type PlanChange } from '../outline/planChange'
import { LocalOrigin, nodesMap, planMap, preambleFragment } from './planDocument'

/**
 * This window's undo history of a plan: a Y.UndoManager over the whole document that tracks only
 * this window's origin, so undo never reverts what another window or a colleague did (their
 * changes, and the tree repair, come with other origins). One command is one step: steps are cut
 * by the command boundary, not by time (capture timeout off), and consecutive commands with the
 * same merge key are one step (the keystrokes of one title, as the undo store does today).
 */
/** Steps kept, as the undo store keeps today. */
export const UNDO_LIMIT = 200

type StackItem = Y.UndoManager['undoStack'][number]

export class PlanUndo {
  readonly origin: LocalOrigin
  readonly manager: Y.UndoManager
  private lastMergeKey: string | undefined

  constructor(
    readonly doc: Y.Doc,
    origin = new LocalOrigin(),
  ) {
    this.origin = origin
    this.manager = new Y.UndoManager([planMap(doc), preambleFragment(doc), nodesMap(doc)], {
      trackedOrigins: new Set([origin]),
      captureTimeout: Number.MAX_SAFE_INTEGER,
    })
  }

  /**
   * Run a command as one transaction with this window's origin. `label` names the undo step
   * (撤销“修改标题”); `mergeKey` joins it to the step before when that had the same key.
   */
  run(
    label: string,
    write: (origin: LocalOrigin) => void,
    mergeKey?: string,
    change?: PlanChange,
  ): void {
    const merging = mergeKey !== undefined && mergeKey === this.lastMergeKey
    if (!merging) this.manager.stopCapturing()
    this.lastMergeKey = mergeKey
    const before = this.manager.undoStack.length
    const last = this.manager.undoStack.at(-1)
    write(this.origin)
    const step = this.manager.undoStack.at(-1)
    if (!step) return
    if (this.manager.undoStack.length > before) {
      step.meta.set('label', label)
      if (change) step.meta.set('change', change)
    } else if (step === last && merging && change) {
      // The same step goes on (a title typed): what it changes in all, for focus after undo.
      const all = squashChanges(
        (step.meta.get('change') as PlanChange | undefined) ?? emptyChange(),
        change,
      )
      // Made and taken back within one step (a new empty item closed): no step at all.
      if (isEmptyChange(all)) {
        this.manager.undoStack.pop()
        this.lastMergeKey = undefined
      } else step.meta.set('change', all)
    }
    if (this.manager.undoStack.length > UNDO_LIMIT) this.manager.undoStack.shift()
  }

  /** The forward change of each step, oldest first (labels with them), for the toolbar. */
  steps(stack: 'undo' | 'redo'): { label: string; change: PlanChange }[] {
    const items = stack === 'undo' ? this.manager.undoStack : this.manager.redoStack
    return items.map((item) => ({
      label: (item.meta.get('label') as string | undefined) ?? '',
      change: (item.meta.get('change') as PlanChange | undefined) ?? emptyChange(),
    }))
  }

  /** Forget every step (a plan opened afresh, a version restored). */
  clear(): void {
    this.manager.clear()
    this.lastMergeKey = undefined
  }

  /** The label of the step undo would revert, or null when there is none. */
  get undoLabel(): string | null {
    return (this.manager.undoStack.at(-1)?.meta.get('label') as string | undefined) ?? null
  }

  get redoLabel(): string | null {
    return (this.manager.redoStack.at(-1)?.meta.get('label') as string | undefined) ?? null
  }

  undo(): boolean {
    return this.replay(this.manager.undoStack, this.manager.redoStack, () => this.manager.undo())
  }

  redo(): boolean {
    return this.replay(this.manager.redoStack, this.manager.undoStack, () => this.manager.redo())
  }

  /** The step moves to the other stack as a new item: its label goes with it. */
  private replay(from: StackItem[], to: StackItem[], apply: () => unknown): boolean {
    this.lastMergeKey = undefined
    const label = from.at(-1)?.meta.get('label')
    const change = from.at(-1)?.meta.get('change')
    if (apply() === null) return false
    to.at(-1)?.meta.set('label', label)
    if (change) to.at(-1)?.meta.set('change', change)
    return true
  }

  destroy(): void {
    this.manager.destroy()
  }
}
