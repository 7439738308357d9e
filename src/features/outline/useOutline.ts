import { useEffect, useMemo } from 'react'
import { setShownOutline } from '../../commands/outline/shownOutline'
import { numbersOfRows } from '../../domain/outline/numbering'
import { buildTree, flattenTree, type FlatRow, type Tree } from '../../domain/outline/tree'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { forgetCaughtUp, useAppliedChanges, withApplied } from './appliedChanges'

export interface Outline {
  tree: Tree
  /** Every node in document order (the document view). */
  rows: FlatRow[]
  numbers: Map<string, string>
}

/** The nested tree, document order and numbers, derived from the flat rows once per change. */
export function useOutline(plan: Plan, liveNodes: OutlineNode[]): Outline {
  // A move just committed shows at once, before the live query reads the rows back.
  const applied = useAppliedChanges()
  const nodes = useMemo(
    () => withApplied(liveNodes, plan.id, applied),
    [liveNodes, plan.id, applied],
  )
  useEffect(() => forgetCaughtUp(liveNodes, plan.id), [liveNodes, plan.id, applied])
  const tree = useMemo(() => buildTree(nodes), [nodes])
  const rows = useMemo(() => flattenTree(tree), [tree])
  const numbers = useMemo(() => numbersOfRows(rows, plan.numbering), [rows, plan.numbering])
  // Moves read only the rows around what they move, as this outline shows them.
  useEffect(() => {
    setShownOutline(tree)
    return () => setShownOutline(null)
  }, [tree])
  return useMemo(() => ({ tree, rows, numbers }), [tree, rows, numbers])
}
