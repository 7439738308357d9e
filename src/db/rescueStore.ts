import type { RichDoc } from '../domain/outline/types'

// localStorage writes are synchronous: the one store that is certain to keep what was typed in
// the last instant before the page closes, when an IndexedDB write may not get to commit.
const PREFIX = 'plandraft-rescue:'
const TITLE_PREFIX = 'plandraft-rescue-title:'

interface RescueRow {
  planId: string
  nodeId: string
  body?: RichDoc
  title?: string
}

function write(key: string, row: RescueRow): void {
  try {
    localStorage.setItem(key, JSON.stringify(row))
  } catch {
    // Full or unavailable: the IndexedDB write started alongside is all there is.
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // Nothing to clear.
  }
}

/** Keep a body being typed (the live editor) synchronously, as the page closes. */
export function writeRescue(planId: string, nodeId: string, body: RichDoc): void {
  write(PREFIX + nodeId, { planId, nodeId, body })
}

export function clearRescue(nodeId: string): void {
  remove(PREFIX + nodeId)
}

/** Keep a title being typed (tree or document) synchronously, as the page closes. */
export function writeTitleRescue(planId: string, nodeId: string, title: string): void {
  write(TITLE_PREFIX + nodeId, { planId, nodeId, title })
}

export function clearTitleRescue(nodeId: string): void {
  remove(TITLE_PREFIX + nodeId)
}

function rescuedRows(planId: string): { key: string; row: RescueRow }[] {
  if (typeof localStorage === 'undefined') return []
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
    (key): key is string => !!key && (key.startsWith(PREFIX) || key.startsWith(TITLE_PREFIX)),
  )
  const rows: { key: string; row: RescueRow }[] = []
  for (const key of keys) {
    try {
      const row = JSON.parse(localStorage.getItem(key) ?? '') as RescueRow
      if (row.planId === planId) rows.push({ key, row })
    } catch {
      remove(key)
    }
  }
  return rows
}

/** What closed pages left in localStorage for this plan, removed from it. */
export function takeRescuedRows(planId: string): RescueRow[] {
  const rows = rescuedRows(planId)
  for (const { key } of rows) remove(key)
  return rows.map(({ row }) => row)
}
