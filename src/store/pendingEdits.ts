/**
 * Fields holding text not yet written (the live body editor, a title being typed). A command
 * flushes them all before it reads the plan, so it never works from older text than was typed.
 */
const flushers = new Map<string, () => Promise<void>>()

/** Register a field's flush; returns the unregister function. */
export function registerPendingEdit(key: string, flush: () => Promise<void>): () => void {
  flushers.set(key, flush)
  return () => {
    if (flushers.get(key) === flush) flushers.delete(key)
  }
}

/** Write what every open field holds; failures are reported by the fields themselves. */
export async function flushPendingEdits(): Promise<void> {
  await Promise.all([...flushers.values()].map((flush) => flush().catch(() => undefined)))
}
