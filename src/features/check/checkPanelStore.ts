import { create } from 'zustand'

interface CheckPanelState {
  open: boolean
  setOpen: (open: boolean) => void
}

/** Whether the plan check (检查) panel is open: the toolbar button and the export dialog's 查看. */
export const useCheckPanelStore = create<CheckPanelState>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}))

export function openCheckPanel(): void {
  useCheckPanelStore.getState().setOpen(true)
}
