import type { FlatRow } from '../outline/tree'
import { prepareTitle, titleSimilarity, type PreparedTitle } from './titleSimilarity'

/** How an item of this year's plan was paired with one of last year's. */
export type MatchReason = 'lineage' | 'title'

export interface NodeMatches {
  /** This year's node id → last year's. */
  oldOf: Map<string, string>
  /** Last year's node id → this year's. */
  newOf: Map<string, string>
  reason: Map<string, MatchReason>
}

/** Titles at least this alike are taken for the same item, reworded. */
export const SIMILAR_TITLES = 0.5
/** Above this many pairs left to weigh, only items near each other in the plans are compared. */
const MAX_PAIRS = 250_000

interface Candidate {
  row: FlatRow
  order: number
  title: PreparedTitle
}

/**
 * Pairs the items of this year's plan with last year's: first by lineage (the node a roll-over
 * copied it from, `sourceNodeId`; a duplicate made later leaves it to the first copy), then by
 * the same title (the nearest of the same level), then by the most alike titles (SIMILAR_TITLES
 * or more). Among equally good pairs, the same level and the nearer position win. `oldTitle` gives last year's title as it
 * would read this year (years rolled on).
 */
export function matchNodes(
  oldRows: readonly FlatRow[],
  newRows: readonly FlatRow[],
  oldTitle: (title: string) => string,
): NodeMatches {
  const oldOf = new Map<string, string>()
  const newOf = new Map<string, string>()
  const reason = new Map<string, MatchReason>()
  const pair = (newId: string, oldId: string, why: MatchReason) => {
    oldOf.set(newId, oldId)
    newOf.set(oldId, newId)
    reason.set(newId, why)
  }

  const oldIds = new Set(oldRows.map((row) => row.node.id))
  for (const { node } of newRows) {
    const source = node.sourceNodeId
    if (source !== undefined && oldIds.has(source) && !newOf.has(source))
      pair(node.id, source, 'lineage')
  }

  const oldLeft: Candidate[] = oldRows
    .map((row, order) => ({ row, order, title: prepareTitle(oldTitle(row.node.title)) }))
    .filter((candidate) => !newOf.has(candidate.row.node.id))
  const newLeft: Candidate[] = newRows
    .map((row, order) => ({ row, order, title: prepareTitle(row.node.title) }))
    .filter((candidate) => !oldOf.has(candidate.row.node.id))

  // Position as a share of the plan, so plans of different lengths compare fairly.
  const oldPlace = (candidate: Candidate) => candidate.order / Math.max(1, oldRows.length)
  const newPlace = (candidate: Candidate) => candidate.order / Math.max(1, newRows.length)
  const nearness = (old: Candidate, now: Candidate) =>
    (old.row.level === now.row.level ? 0.01 : 0) - Math.abs(oldPlace(old) - newPlace(now)) * 0.001

  // The same title (most items of a copy or an import): the nearest one of the same level.
  const sameTitle = new Map<string, Candidate[]>()
  for (const old of oldLeft) {
    const list = sameTitle.get(old.title.key)
    if (list) list.push(old)
    else sameTitle.set(old.title.key, [old])
  }
  const taken = new Set<Candidate>()
  const unmatched: Candidate[] = []
  for (const now of newLeft) {
    let best: Candidate | undefined
    for (const old of sameTitle.get(now.title.key) ?? []) {
      if (taken.has(old)) continue
      if (!best || nearness(old, now) > nearness(best, now)) best = old
    }
    if (best && now.title.key !== '') {
      taken.add(best)
      pair(now.row.node.id, best.row.node.id, 'title')
    } else unmatched.push(now)
  }

  // Reworded titles: the most alike pairs first. Over MAX_PAIRS, only items near each other.
  const oldRest = oldLeft.filter((old) => !taken.has(old))
  const window =
    oldRest.length * unmatched.length > MAX_PAIRS
      ? Math.max(1, Math.floor(MAX_PAIRS / Math.max(1, unmatched.length) / 2))
      : Infinity
  const weighed: { score: number; old: Candidate; now: Candidate }[] = []
  unmatched.forEach((now) => {
    if (now.title.key === '') return
    const centre = Math.round(newPlace(now) * oldRest.length)
    const from = window === Infinity ? 0 : Math.max(0, centre - window)
    const to = window === Infinity ? oldRest.length : Math.min(oldRest.length, centre + window)
    for (let index = from; index < to; index++) {
      const old = oldRest[index]
      const similarity = titleSimilarity(old.title, now.title)
      if (similarity < SIMILAR_TITLES) continue
      weighed.push({ score: similarity + nearness(old, now), old, now })
    }
  })
  weighed.sort((a, b) => b.score - a.score || a.now.order - b.now.order)
  for (const { old, now } of weighed) {
    if (newOf.has(old.row.node.id) || oldOf.has(now.row.node.id)) continue
    pair(now.row.node.id, old.row.node.id, 'title')
  }
  return { oldOf, newOf, reason }
}
