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
/** Above this many pairs left to weigh, only items of the same level are compared. */
const MAX_PAIRS = 250_000

interface Candidate {
  row: FlatRow
  order: number
  title: PreparedTitle
}

/**
 * Pairs the items of this year's plan with last year's: first by lineage (the node a roll-over
 * copied it from, `sourceNodeId`; a duplicate made later leaves it to the first copy), then by
 * the same title, then by the most alike titles (SIMILAR_TITLES or more). Among equally good
 * pairs, the same level and the nearer position win. `oldTitle` gives last year's title as it
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
  const weighed: { score: number; old: Candidate; now: Candidate }[] = []
  const sameLevelOnly = oldLeft.length * newLeft.length > MAX_PAIRS
  for (const now of newLeft) {
    if (now.title.key === '') continue
    for (const old of oldLeft) {
      if (sameLevelOnly && old.row.level !== now.row.level) continue
      const similarity = titleSimilarity(old.title, now.title)
      if (similarity < SIMILAR_TITLES) continue
      const sameLevel = old.row.level === now.row.level ? 0.01 : 0
      const distance = Math.abs(oldPlace(old) - newPlace(now)) * 0.001
      weighed.push({ score: similarity + sameLevel - distance, old, now })
    }
  }
  weighed.sort((a, b) => b.score - a.score || a.now.order - b.now.order)
  for (const { old, now } of weighed) {
    if (newOf.has(old.row.node.id) || oldOf.has(now.row.node.id)) continue
    pair(now.row.node.id, old.row.node.id, 'title')
  }
  return { oldOf, newOf, reason }
}
