import * as Y from 'yjs'
import type { OutlineNode, Plan } from '../outline/types'
import { documentFromRows } from './documentRows'

/** The origin of a document's first content, made from its rows (the same in every window). */
export const SEED_ORIGIN = 'plandraft-seed'

/**
 * The document's first content made from the plan's rows, as one update, by a fixed client id
 * derived from the content: two windows opening a plan that has no document yet make
 * byte-identical updates, which Yjs applies once. So the seed never doubles (the preamble's
 * paragraphs would otherwise). Pure: made in a worker for a large plan (db/seedDocuments.ts).
 */
export function seedUpdate(plan: Plan, nodes: readonly OutlineNode[]): Uint8Array {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const content = new Y.Doc()
  content.clientID = seedClientId(JSON.stringify([plan.id, plan.title, plan.preamble, sorted]))
  documentFromRows(plan, sorted, content)
  const update = Y.encodeStateAsUpdate(content)
  content.destroy()
  return update
}

/** The seed applied to `doc` (see seedUpdate). */
export function seedDocument(doc: Y.Doc, plan: Plan, nodes: readonly OutlineNode[]): void {
  Y.applyUpdate(doc, seedUpdate(plan, nodes), SEED_ORIGIN)
}

/** FNV-1a of the content, kept clear of small ids (a random client id is 32 bits). */
function seedClientId(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % 0x3fffffff) + 1
}
