import type { UnsavedText } from '../db/memoryBackup'

/**
 * Fields holding text not yet written (the live body editor, a title being typed). A command
 * flushes them all before it reads the plan, so it never works from older text than was typed.
 */
const flushers = new Map<string, () => Promise<void>>()
/** What each field holds unwritten, for a backup from memory when the disk is full. */
const peekers = new Map<string, () => UnsavedText | null>()

/** Register a field's flush (and what it holds unwritten); returns the unregister function. */
export function registerPendingEdit(
  key: string,
  flush: () => Promise<void>,
  peek?: () => UnsavedText | null,
): () => void {
  flushers.set(key, flush)
  if (peek) peekers.set(key, peek)
  return () => {
    if (flushers.get(key) === flush) flushers.delete(key)
    if (peek && peekers.get(key) === peek) peekers.delete(key)
  }
}

/** Write what every open field holds; failures are reported by the fields themselves. */
export async function flushPendingEdits(): Promise<void> {
  await Promise.all([...flushers.values()].map((flush) => flush().catch(() => undefined)))
}

/** The text open fields hold and have not written (a full disk refuses it). */
export function unsavedTexts(): UnsavedText[] {
  return [...peekers.values()].map((peek) => peek()).filter((text) => text !== null)
}
