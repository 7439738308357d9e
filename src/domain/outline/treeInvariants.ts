import { emptyChange, type PlanChange } from './planChange'
import { isValidOrderKey, keysBetween, repairOrderKeys } from './orderKeys'
import type { OutlineNode } from './types'

/** What can be wrong with a plan's stored rows (a crash, a bug, a hand-edited file). */
export interface TreeProblems {
  /** Rows whose parent does not exist in the plan. */
  orphans: string[]
  /** Rows that never reach the top level because their parents form a cycle. */
  cycles: string[]
  /** Parents (null: the top level) whose children's order keys are invalid or not unique. */
  badKeys: (string | null)[]
}

export function findTreeProblems(nodes: readonly OutlineNode[]): TreeProblems {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const orphans = nodes
    .filter((node) => node.parentId !== null && !byId.has(node.parentId))
    .map((node) => node.id)
  // Walk up from each row; a row that meets itself or a known cycle row is in (or under) a cycle.
  const reachesTop = new Map<string, boolean>()
  for (const node of nodes) {
    const path: string[] = []
    const seen = new Set<string>()
    let current: OutlineNode | undefined = node
    let result = true
    while (current) {
      const known = reachesTop.get(current.id)
      if (known !== undefined) {
        result = known
        break
      }
      if (seen.has(current.id)) {
        result = false
        break
      }
      seen.add(current.id)
      path.push(current.id)
      if (current.parentId === null) break
      current = byId.get(current.parentId)
    }
    for (const id of path) reachesTop.set(id, result)
  }
  const cycles = nodes.filter((node) => reachesTop.get(node.id) === false).map((node) => node.id)
  const keysByParent = new Map<string | null, string[]>()
  for (const node of nodes) {
    const keys = keysByParent.get(node.parentId) ?? []
    keys.push(node.orderKey)
    keysByParent.set(node.parentId, keys)
  }
  const badKeys = [...keysByParent.entries()]
    .filter(([, keys]) => new Set(keys).size !== keys.length || !keys.every(isValidOrderKey))
    .map(([parentId]) => parentId)
  return { orphans, cycles, badKeys }
}

export const hasTreeProblems = (problems: TreeProblems) =>
  problems.orphans.length + problems.cycles.length + problems.badKeys.length > 0

/**
 * The change that makes a plan's rows a sound tree again, losing nothing: orphans and the rows of
 * a cycle go to the end of the plan as chapters (a cycle is broken at one row, whose subtree
 * follows it), and order keys are made valid and unique where they are not.
 */
export function repairTree(nodes: readonly OutlineNode[]): PlanChange {
  const problems = findTreeProblems(nodes)
  const change = emptyChange()
  if (!hasTreeProblems(problems)) return change
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const cycleRows = new Set(problems.cycles)
  // One row per cycle becomes a chapter: the first met whose parent is in the cycle too.
  const roots: string[] = [...problems.orphans]
  const rooted = new Set<string>()
  for (const id of problems.cycles) {
    const node = byId.get(id) as OutlineNode
    if (rooted.has(id) || !cycleRows.has(node.parentId as string)) continue
    let current: OutlineNode | undefined = node
    const ring = new Set<string>()
    while (current && !ring.has(current.id)) {
      ring.add(current.id)
      current = byId.get(current.parentId as string)
    }
    if (current && !rooted.has(current.id) && ![...ring].some((member) => rooted.has(member))) {
      roots.push(current.id)
      rooted.add(current.id)
    }
  }
  const lastTop = nodes
    .filter((node) => node.parentId === null)
    .reduce<OutlineNode | undefined>(
      (last, node) => (!last || node.orderKey > last.orderKey ? node : last),
      undefined,
    )
  const keys = keysBetween(
    lastTop && isValidOrderKey(lastTop.orderKey) ? lastTop : undefined,
    undefined,
    roots.length,
  )
  const moved = new Map<string, OutlineNode>()
  roots.forEach((id, index) => {
    const node = byId.get(id) as OutlineNode
    moved.set(id, { ...node, parentId: null, orderKey: keys[index] })
  })
  const repaired = repairOrderKeys(nodes.map((node) => moved.get(node.id) ?? node))
  repaired.forEach((after, index) => {
    const before = nodes[index]
    if (after.parentId !== before.parentId || after.orderKey !== before.orderKey)
      change.updated.push({ before, after })
  })
  return change
}
