import { create } from 'zustand'

/** The state of this tab as a whole. */
interface SessionState {
  /** Another tab upgraded the database: this one has saved its edits and stopped writing. */
  databaseReplaced: boolean
}

export const useSessionStore = create<SessionState>(() => ({ databaseReplaced: false }))

/** This window, among the windows that may have the same plan open. */
export const windowSession = crypto.randomUUID()
