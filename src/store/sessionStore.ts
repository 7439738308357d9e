import { create } from 'zustand'

/** The state of this tab as a whole. */
interface SessionState {
  /** Another tab upgraded the database: this one has saved its edits and stopped writing. */
  databaseReplaced: boolean
  /**
   * Another window is replacing every plan with a backup (替换): this one has let go of its open
   * documents, and what is typed here meanwhile would be lost — the screen is covered until done.
   */
  replacingElsewhere: boolean
}

export const useSessionStore = create<SessionState>(() => ({
  databaseReplaced: false,
  replacingElsewhere: false,
}))

/** This window, among the windows that may have the same plan open. */
export const windowSession = crypto.randomUUID()
