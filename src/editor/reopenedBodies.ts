import type { RichDoc } from '../domain/outline/types'

// What a closing editor held, for an editor of the same node that opens before the stored row
// has caught up (a node moved into another chunk remounts): without it, it would open stale text.
const held = new Map<string, { doc: RichDoc; revision: number }>()

export function holdClosingBody(key: string, doc: RichDoc, revision: number): void {
  held.set(key, { doc, revision })
}

/** The body an editor should open with: the held one while the stored row is not newer. */
export function bodyToOpen(key: string, stored: RichDoc | null, revision: number): RichDoc | null {
  const entry = held.get(key)
  if (!entry) return stored
  if (revision > entry.revision) {
    held.delete(key)
    return stored
  }
  return entry.doc
}
