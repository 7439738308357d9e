import { create } from 'zustand'
import type { DropZone } from '../domain/outline/computeDrop'

/** What is over which tree row during a drag, for the drop indicator. */
export interface DropIndicator {
  id: string
  zone: DropZone
  kind: 'node' | 'phrase'
}

interface DragState {
  draggingIds: string[]
  indicator: DropIndicator | null
  startDrag: (ids: string[]) => void
  setIndicator: (indicator: DropIndicator | null) => void
  endDrag: () => void
}

export const useDragStore = create<DragState>((set, get) => ({
  draggingIds: [],
  indicator: null,
  startDrag: (draggingIds) => set({ draggingIds }),
  setIndicator: (indicator) => {
    const current = get().indicator
    if (
      current?.id === indicator?.id &&
      current?.zone === indicator?.zone &&
      current?.kind === indicator?.kind
    )
      return
    set({ indicator })
  },
  endDrag: () => set({ draggingIds: [], indicator: null }),
}))
