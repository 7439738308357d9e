import { create } from 'zustand'

/** When 保存 (Ctrl+S) last finished with everything written: the status bar says so again. */
export const useSaveNowStore = create<{ confirmedAt: number; confirm: () => void }>((set) => ({
  confirmedAt: 0,
  confirm: () => set((state) => ({ confirmedAt: state.confirmedAt + 1 })),
}))
