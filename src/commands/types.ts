import type { PlanChange } from '../domain/outline/planChange'
import type { Tree } from '../domain/outline/tree'
import type { Plan } from '../domain/outline/types'

/** The plan as a command computes from it: read from its document. */
export interface PlanState {
  plan: Plan
  tree: Tree
}

/** Where the runner puts the user after a command. */
export interface FocusTarget {
  id: string
  /** row: the tree row; rename: its title field; title / body: the item in the document. */
  mode: 'row' | 'rename' | 'title' | 'body' | 'select'
}

export type Outcome =
  { ok: true; change: PlanChange; focus?: FocusTarget } | { ok: false; reason: string }

/** What the tree and menus know of the user's position, for `when`. */
export interface CommandContext {
  selectedId: string | null
}

/**
 * One user action on a plan: named, labelled, bound to keys, computed as a pure function of
 * the plan into one PlanChange. The runner does the rest (flush, transaction, undo, focus).
 */
export interface PlanCommand<Args> {
  name: string
  label: string
  /** Key bindings as `Mod+Key` strings (`Alt+ArrowUp`, `Ctrl+D`, `Shift+Tab`). */
  keys?: readonly string[]
  /** Whether it applies now (menus disable it otherwise). */
  when?: (context: CommandContext) => boolean
  /** Part of the undo history; false for edits that have an undo of their own (typing a body). */
  undoable: boolean
  /** Only these nodes are read (a rename of one title does not read 2,000 rows); undefined: all. */
  reads?: (args: Args) => string[] | undefined
  perform: (state: PlanState, args: Args) => Outcome
}

export const refuse = (reason: string): Outcome => ({ ok: false, reason })

/** A command that applies to the selected item. */
export const hasSelection = (context: CommandContext) => context.selectedId !== null
