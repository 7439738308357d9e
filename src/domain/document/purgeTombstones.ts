import type * as Y from 'yjs'
import { nodesMap, readAllRecords } from './planDocument'
import { projectTree } from './projectTree'

/**
 * Delete for good the records of items deleted before `cutoff` (ms): each such tombstone with
 * everything under it (items added under it elsewhere were hidden with it). Items deleted later
 * stay as tombstones, so undo of a recent delete, and text typed into a deleted item meanwhile,
 * still come back. Only hidden records go: an item the projection shows (one a cycle of moves
 * put back in the outline) is never purged. One transaction with `origin` (not an undo step).
 * Returns the ids purged.
 */
export function purgeTombstones(doc: Y.Doc, cutoff: number, origin: unknown): string[] {
  const records = readAllRecords(doc)
  const parentOf = new Map(records.map((record) => [record.id, record.parentId]))
  const expired = new Set(
    records
      .filter((record) => record.deletedAt !== null && record.deletedAt < cutoff)
      .map((record) => record.id),
  )
  if (expired.size === 0) return []
  // Whether a record lies under an expired tombstone (walked up, cycles cut by `seen`).
  const under = new Map<string, boolean>()
  const isUnderExpired = (id: string): boolean => {
    const known = under.get(id)
    if (known !== undefined) return known
    const path: string[] = []
    const seen = new Set<string>()
    let current: string | null | undefined = id
    let answer = false
    while (current != null && !seen.has(current)) {
      if (expired.has(current)) {
        answer = true
        break
      }
      const cached = under.get(current)
      if (cached !== undefined) {
        answer = cached
        break
      }
      seen.add(current)
      path.push(current)
      current = parentOf.get(current)
    }
    for (const step of path) under.set(step, answer)
    return answer
  }
  const { hidden } = projectTree(records)
  const purged = records
    .map((record) => record.id)
    .filter((id) => hidden.has(id) && isUnderExpired(id))
  doc.transact(() => {
    const map = nodesMap(doc)
    for (const id of purged) map.delete(id)
  }, origin)
  return purged
}
