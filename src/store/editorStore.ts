import { create } from 'zustand'

/** A phrase dropped on a node that was not being edited: the live editor inserts it on mount. */
export interface PendingInsert {
  nodeId: string
  text: string
  phraseId?: string
  /** Viewport coordinates of the drop; null to insert at the end of the body. */
  coords: { left: number; top: number } | null
}

/** Session state of the plan editor. The document itself lives in Dexie, never here. */
interface EditorState {
  planId: string | null
  selectedId: string | null
  /** The node whose body has the live editor; 'preamble' for the plan's preamble. */
  editingId: string | null
  /** Which part of the node has focus when editing starts. */
  editingField: 'title' | 'body'
  renamingId: string | null
  /** The item just made by Enter / Ctrl+Enter: empty, it goes again on Escape or Backspace. */
  newItemId: string | null
  collapsed: Set<string>
  /** Bumped to ask the document view to scroll the selected node into view. */
  scrollRequest: number
  pendingInsert: PendingInsert | null
  openPlan: (planId: string | null) => void
  select: (id: string | null, options?: { scroll?: boolean }) => void
  startEditing: (id: string, field?: 'title' | 'body') => void
  stopEditing: () => void
  startRenaming: (id: string | null) => void
  setNewItem: (id: string | null) => void
  toggleCollapsed: (id: string) => void
  setCollapsed: (ids: Iterable<string>) => void
  setPendingInsert: (insert: PendingInsert | null) => void
}

export const useEditorStore = create<EditorState>((set) => ({
  planId: null,
  selectedId: null,
  editingId: null,
  editingField: 'body',
  renamingId: null,
  newItemId: null,
  collapsed: new Set(),
  scrollRequest: 0,
  pendingInsert: null,
  openPlan: (planId) =>
    set({
      planId,
      selectedId: null,
      editingId: null,
      renamingId: null,
      newItemId: null,
      collapsed: new Set(),
      pendingInsert: null,
    }),
  select: (id, options) =>
    set((state) => ({
      selectedId: id,
      scrollRequest: options?.scroll ? state.scrollRequest + 1 : state.scrollRequest,
    })),
  startEditing: (id, field = 'body') =>
    set({ editingId: id, editingField: field, selectedId: id === 'preamble' ? null : id }),
  stopEditing: () => set({ editingId: null }),
  startRenaming: (id) => set({ renamingId: id }),
  setNewItem: (newItemId) => set({ newItemId }),
  toggleCollapsed: (id) =>
    set((state) => {
      const collapsed = new Set(state.collapsed)
      if (collapsed.has(id)) collapsed.delete(id)
      else collapsed.add(id)
      return { collapsed }
    }),
  setCollapsed: (ids) => set({ collapsed: new Set(ids) }),
  setPendingInsert: (pendingInsert) => set({ pendingInsert }),
}))
