import { create } from 'zustand'

/** The find bar: open or not, with the replace row or not; `focusRequest` asks it to take focus. */
interface FindState {
  open: boolean
  replace: boolean
  focusRequest: number
  /** Where focus was before the bar opened (given back on Escape). */
  returnFocus: HTMLElement | null
  /** Ctrl+F (find) or Ctrl+H (find and replace). */
  openFind: (replace: boolean) => void
  close: () => void
  setReplace: (replace: boolean) => void
}

export const useFindStore = create<FindState>((set, get) => ({
  open: false,
  replace: false,
  focusRequest: 0,
  returnFocus: null,
  openFind: (replace) => {
    const active = document.activeElement
    const inBar = active instanceof HTMLElement && active.closest('.find-bar') !== null
    set({
      open: true,
      replace: replace || (get().open && get().replace),
      focusRequest: get().focusRequest + 1,
      returnFocus: inBar ? get().returnFocus : active instanceof HTMLElement ? active : null,
    })
  },
  close: () => set({ open: false }),
  setReplace: (replace) => set({ replace }),
}))
