import { create } from 'zustand'

interface ComparePanelState {
  /** 与上一年对比 is open beside the document. */
  open: boolean
  /** The plan chosen to compare with, per plan (this session), when it has no source or another is wanted. */
  chosen: Record<string, string>
  setOpen: (open: boolean) => void
  choose: (planId: string, otherId: string | null) => void
}

/** Whether the comparison with last year's plan is shown, and with which plan. */
export const useComparePanelStore = create<ComparePanelState>((set) => ({
  open: false,
  chosen: {},
  setOpen: (open) => set({ open }),
  choose: (planId, otherId) =>
    set((state) => {
      const chosen = { ...state.chosen }
      if (otherId === null) delete chosen[planId]
      else chosen[planId] = otherId
      return { chosen }
    }),
}))
