import { create } from 'zustand'
import {
  invertChange,
  isEmptyChange,
  squashChanges,
  type PlanChange,
} from '../domain/outline/planChange'

export const UNDO_LIMIT = 200

/** One undo step: a change as it was applied, and what it was. */
export interface UndoEntry {
  change: PlanChange
  label: string
  /** Consecutive steps with the same key are one step (the keystrokes of one title). */
  mergeKey?: string
}

/** The user's edits to a plan in this session (undo applies the inverse of a step). */
interface UndoState {
  planId: string | null
  past: UndoEntry[]
  future: UndoEntry[]
  reset: (planId: string | null) => void
  record: (entry: UndoEntry) => void
  /** An undo of the newest step was applied: `applied` is the inverse as written. */
  didUndo: (applied: PlanChange) => void
  /** A redo of the newest undone step was applied. */
  didRedo: (applied: PlanChange) => void
}

export const useUndoStore = create<UndoState>((set) => ({
  planId: null,
  past: [],
  future: [],
  reset: (planId) => set({ planId, past: [], future: [] }),
  record: (entry) =>
    set((state) => {
      const last = state.past.at(-1)
      if (entry.mergeKey && last?.mergeKey === entry.mergeKey) {
        const change = squashChanges(last.change, entry.change)
        const past = state.past.slice(0, -1)
        // Created and removed again (Escape on a new empty item): no step at all.
        if (!isEmptyChange(change)) past.push({ ...last, change })
        return { past, future: [] }
      }
      return { past: [...state.past, entry].slice(-UNDO_LIMIT), future: [] }
    }),
  didUndo: (applied) =>
    set((state) => {
      const entry = state.past.at(-1)
      if (!entry) return state
      return {
        past: state.past.slice(0, -1),
        future: [...state.future, { label: entry.label, change: invertChange(applied) }],
      }
    }),
  didRedo: (applied) =>
    set((state) => {
      const entry = state.future.at(-1)
      if (!entry) return state
      return {
        future: state.future.slice(0, -1),
        past: [...state.past, { label: entry.label, change: applied }],
      }
    }),
}))
