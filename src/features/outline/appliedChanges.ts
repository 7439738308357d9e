import { useSyncExternalStore } from 'react'
import { applyChangeToNodes } from '../../domain/outline/applyChangeToNodes'
import type { PlanChange } from '../../domain/outline/planChange'
import type { OutlineNode } from '../../domain/outline/types'

export interface AppliedChange {
  planId: string
  change: PlanChange
  at: number
}

/** Entries older than this are dropped: the live query has long caught up (or never will). */
const KEEP_MS = 10_000

let applied: readonly AppliedChange[] = []
const listeners = new Set<() => void>()

/**
 * A change the tree just committed (a move, an indent): the outline shows it at once, before the
 * live query has read the plan's rows back (on 10,000 rows that read takes longer than the
 * move). What is stored stays the truth: the entry is ignored as soon as the rows show it.
 */
export function showApplied(planId: string, change: PlanChange | undefined): void {
  if (!change) return
  const now = performance.now()
  applied = [...applied.filter((entry) => now - entry.at < KEEP_MS), { planId, change, at: now }]
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The changes shown ahead of the live rows, now. */
export const currentApplied = (): readonly AppliedChange[] => applied

export function useAppliedChanges(): readonly AppliedChange[] {
  return useSyncExternalStore(subscribe, currentApplied)
}

/** Whether the rows already hold a change (every written row at its rev or later). */
function isCaughtUp(byId: ReadonlyMap<string, OutlineNode>, change: PlanChange): boolean {
  return (
    change.updated.every(({ after }) => (byId.get(after.id)?.rev ?? -1) >= (after.rev ?? 0)) &&
    change.added.every((node) => byId.has(node.id)) &&
    change.removed.every((node) => !byId.has(node.id))
  )
}

/**
 * Forget the changes the live rows now hold: once caught up, an entry never applies again (an
 * item duplicated and then deleted must not come back from here).
 */
export function forgetCaughtUp(nodes: readonly OutlineNode[], planId: string): void {
  if (!applied.some((entry) => entry.planId === planId)) return
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const left = applied.filter((entry) => entry.planId !== planId || !isCaughtUp(byId, entry.change))
  if (left.length === applied.length) return
  applied = left
  for (const listener of listeners) listener()
}

/** The live rows with the plan's just-committed changes that they do not show yet. */
export function withApplied(
  nodes: OutlineNode[],
  planId: string,
  entries: readonly AppliedChange[],
): OutlineNode[] {
  const mine = entries.filter((entry) => entry.planId === planId)
  if (mine.length === 0) return nodes
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const outstanding = mine.filter((entry) => !isCaughtUp(byId, entry.change))
  return outstanding.reduce((rows, entry) => applyChangeToNodes(rows, entry.change), nodes)
}
