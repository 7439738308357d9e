import { create } from 'zustand'
import type { Patch } from '../domain/outline/types'

export const UNDO_LIMIT = 200

/** Tree operations of this session, per plan, as patches (undo applies the inverse). */
interface UndoState {
  planId: string | null
  past: Patch[]
  future: Patch[]
  reset: (planId: string | null) => void
  record: (patch: Patch) => void
  takeUndo: () => Patch | undefined
  takeRedo: () => Patch | undefined
}

export const useUndoStore = create<UndoState>((set, get) => ({
  planId: null,
  past: [],
  future: [],
  reset: (planId) => set({ planId, past: [], future: [] }),
  record: (patch) =>
    set((state) => ({ past: [...state.past, patch].slice(-UNDO_LIMIT), future: [] })),
  takeUndo: () => {
    const patch = get().past.at(-1)
    if (patch) set((state) => ({ past: state.past.slice(0, -1), future: [...state.future, patch] }))
    return patch
  },
  takeRedo: () => {
    const patch = get().future.at(-1)
    if (patch) set((state) => ({ future: state.future.slice(0, -1), past: [...state.past, patch] }))
    return patch
  },
}))
