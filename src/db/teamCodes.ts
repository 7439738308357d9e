/*
 * The 协作码 of each connected plan, kept apart from the database: in this browser profile's
 * localStorage, which no backup file, local copy or memory backup reads (they are made from the
 * Dexie tables). The settings row `teamServer:<planId>` holds only the server address, so a
 * restored backup connects nowhere until the code is typed again. localStorage is shared by
 * the profile's windows and tells the others of a change (the `storage` event).
 */

const PREFIX = 'plandraft-team-code:'

/** What this window knows even when localStorage refuses (full, or not there: unit tests). */
const memory = new Map<string, string | null>()
const listeners = new Set<() => void>()
let listening = false

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage)

function notify(): void {
  for (const listener of listeners) listener()
}

/** The plan's 协作码 in this profile, or null when none was given here. */
export function readTeamCode(planId: string): string | null {
  if (memory.has(planId)) return memory.get(planId) ?? null
  try {
    return storage()?.getItem(PREFIX + planId) ?? null
  } catch {
    return null
  }
}

/**
 * Keep (or with null forget) the plan's 协作码. False when the browser would not store it: it
 * then holds for this window only, until it closes.
 */
export function writeTeamCode(planId: string, code: string | null): boolean {
  memory.set(planId, code)
  let kept = true
  try {
    const store = storage()
    if (!store) kept = false
    else if (code === null) store.removeItem(PREFIX + planId)
    else store.setItem(PREFIX + planId, code)
  } catch {
    kept = false
  }
  // Kept for good: other windows' changes are read from storage again.
  if (kept) memory.delete(planId)
  notify()
  return kept
}

/** Told when a code changes, in this window or another window of the profile. */
export function subscribeTeamCodes(listener: () => void): () => void {
  if (!listening && typeof window !== 'undefined') {
    listening = true
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith(PREFIX)) notify()
    })
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}
