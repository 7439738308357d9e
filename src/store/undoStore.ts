import { create } from 'zustand'
import { openedPlanDocument } from '../db/planDocuments'
import type { PlanUndo } from '../domain/document/planUndo'
import type { PlanChange } from '../domain/outline/planChange'

/** One undo step as the toolbar shows it: its label, and what it changed (for focus). */
export interface UndoEntry {
  change: PlanChange
  label: string
}

/**
 * This window's undo history of the open plan, as the toolbar shows it: a view of the plan
 * document's PlanUndo (db/planDocuments), which holds the steps and only ever undoes this
 * window's own edits.
 */
interface UndoState {
  planId: string | null
  past: UndoEntry[]
  future: UndoEntry[]
  /** A plan opens afresh: its history starts empty. */
  reset: (planId: string | null) => void
  /** Read the steps again after a command, an undo or a redo. */
  sync: (planId: string, undo: PlanUndo) => void
}

export const useUndoStore = create<UndoState>((set) => ({
  planId: null,
  past: [],
  future: [],
  reset: (planId) => {
    if (planId) openedPlanDocument(planId)?.undo.clear()
    set({ planId, past: [], future: [] })
  },
  sync: (planId, undo) => set({ planId, past: undo.steps('undo'), future: undo.steps('redo') }),
}))
