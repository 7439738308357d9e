import { newId } from '../domain/newId'

const KEY = 'plandraft-team-user'
let fallback: string | null = null

/**
 * Who this browser profile is to colleagues: a random id kept in localStorage (never in the
 * database, so a backup restored on another computer is another person). Every window of the
 * profile tells it in its awareness, so the others list the person once however many windows
 * they have open, and a window does not list its own profile's other windows.
 */
export function teamUserId(): string {
  try {
    const stored = localStorage.getItem(KEY)
    if (stored) return stored
    const id = newId()
    localStorage.setItem(KEY, id)
    return id
  } catch {
    fallback ??= newId()
    return fallback
  }
}
