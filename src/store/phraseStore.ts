import { create } from 'zustand'

/** Which list the phrase panel shows when the search box is empty. */
export type PhraseView =
  { kind: 'favorites' } | { kind: 'recent' } | { kind: 'all' } | { kind: 'category'; id: string }

/** Session state of the phrase panel; survives closing and reopening the panel. */
interface PhrasePanelState {
  view: PhraseView
  query: string
  showHidden: boolean
  activeId: string | null
  setView: (view: PhraseView) => void
  setQuery: (query: string) => void
  setShowHidden: (showHidden: boolean) => void
  setActiveId: (activeId: string | null) => void
}

export const usePhraseStore = create<PhrasePanelState>((set) => ({
  view: { kind: 'category', id: 'cat-guiding' },
  query: '',
  showHidden: false,
  activeId: null,
  // Choosing a list ends a search, so the chosen list is what shows.
  setView: (view) => set({ view, query: '', activeId: null }),
  setQuery: (query) => set({ query, activeId: null }),
  setShowHidden: (showHidden) => set({ showHidden }),
  setActiveId: (activeId) => set({ activeId }),
}))
