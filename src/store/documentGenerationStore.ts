import { create } from 'zustand'

/** A caret (a ProseMirror selection's anchor and head) carried into a rebound editor. */
export interface CarriedCaret {
  anchor: number
  head: number
}

/**
 * Goes up when an open plan's document is replaced by a fresh one (the database was rebuilt after
 * the browser recreated it): the live editor binds itself to the new document's fragment.
 */
export const useDocumentGeneration = create<{ generation: number }>(() => ({ generation: 0 }))

export const documentReplaced = () =>
  useDocumentGeneration.setState((state) => ({ generation: state.generation + 1 }))

/** Carets of editors unmounted because their document was replaced, by editor key. */
const carets = new Map<string, CarriedCaret & { generation: number }>()

/**
 * The live editor `key` is unmounted to be bound anew (its document was replaced): its caret goes
 * to the editor that replaces it. The new fragment holds the same text, so the same position is
 * the same place — not where the user first clicked, which the text typed since has moved.
 */
export function carryCaret(key: string, caret: CarriedCaret): void {
  carets.set(key, { ...caret, generation: useDocumentGeneration.getState().generation })
}

/** The caret carried for the editor `key` in this generation (once), if any. */
export function takeCarriedCaret(key: string): CarriedCaret | undefined {
  const caret = carets.get(key)
  carets.delete(key)
  if (!caret || caret.generation !== useDocumentGeneration.getState().generation) return undefined
  return { anchor: caret.anchor, head: caret.head }
}
