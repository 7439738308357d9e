import { useEffect, useMemo, useRef } from 'react'
import { setShownOutline } from '../../commands/outline/shownOutline'
import { numbersOfRows } from '../../domain/outline/numbering'
import { rebuildTree } from '../../domain/outline/rebuildTree'
import { flattenTree, type FlatRow, type Tree } from '../../domain/outline/tree'
import type { OutlineNode, Plan } from '../../domain/outline/types'

export interface Outline {
  tree: Tree
  /** Every node in document order (the document view). */
  rows: FlatRow[]
  numbers: Map<string, string>
}

/** The nested tree, document order and numbers, derived from the flat rows once per change. */
export function useOutline(plan: Plan, nodes: OutlineNode[]): Outline {
  // A change made here is in `nodes` before its rows are stored (db/planNodesCache.ts,
  // showPlanNodesAhead: the rows writer shows what the document holds while it writes them).
  // Made from the last tree when a few rows changed (a move on XL: two sibling lists re-sorted).
  const last = useRef<{ nodes: OutlineNode[]; tree: Tree } | null>(null)
  const tree = useMemo(() => {
    const made = rebuildTree(last.current, nodes)
    last.current = { nodes, tree: made }
    return made
  }, [nodes])
  const rows = useMemo(() => flattenTree(tree), [tree])
  // By value: the plan row read again after every save is a new object with the same numbering.
  const { scheme, continuousLevel2 } = plan.numbering
  const numbers = useMemo(
    () => numbersOfRows(rows, { scheme, continuousLevel2 }),
    [rows, scheme, continuousLevel2],
  )
  // Moves read only the rows around what they move, as this outline shows them.
  useEffect(() => {
    setShownOutline(tree)
    return () => setShownOutline(null)
  }, [tree])
  return useMemo(() => ({ tree, rows, numbers }), [tree, rows, numbers])
}
