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
