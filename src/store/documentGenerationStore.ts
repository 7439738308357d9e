import { create } from 'zustand'

/**
 * Goes up when an open plan's document is replaced by a fresh one (the database was rebuilt after
 * the browser recreated it): the live editor binds itself to the new document's fragment.
 */
export const useDocumentGeneration = create<{ generation: number }>(() => ({ generation: 0 }))

export const documentReplaced = () =>
  useDocumentGeneration.setState((state) => ({ generation: state.generation + 1 }))
