import { generateKeyBetween } from 'fractional-indexing'
import { isValidOrderKey } from '../outline/orderKeys'
import type { NodeRecordValues } from './planDocument'

/** What the projection had to decide because concurrent edits left the records inconsistent. */
export interface TreeRepair {
  /** Nodes whose parent is set back (cycle broken) or to the top level (orphan, cycle). */
  reparented: { id: string; from: string | null; to: string | null; reason: 'cycle' | 'orphan' }[]
  /** Nodes given a new order key (a duplicate or unusable key among their siblings). */
  rekeyed: { id: string; from: string; to: string }[]
}

export interface ProjectedNode {
  id: string
  parentId: string | null
  orderKey: string
}

/** The sound tree every machine derives from the same records, and how it was made sound. */
export interface Projection {
  /** Visible nodes (not deleted, no deleted ancestor), with repaired parent and order key. */
  nodes: ProjectedNode[]
  /** Ids of deleted nodes and of everything under them. */
  hidden: Set<string>
  repair: TreeRepair
}

const byKeyThenId = (a: ProjectedNode, b: ProjectedNode) =>
  a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : a.id < b.id ? -1 : 1

/**
 * The tree the records mean, made sound deterministically: a function of the records alone, so
 * every machine holding the same document shows the same tree (docs/design/document-model.md,
 * "Tree repair"). In order:
 * 1. A cycle (A moved into B here, B into A there) is broken at its lowest id: that node goes back
 *    to its previous parent if that breaks the cycle, else to the top level.
 * 2. A node whose parent record does not exist goes to the top level.
 * 3. Each sibling list is sorted by (order key, id); a key equal to or not after the one before
 *    it, or unusable, gets a fresh key after it (before the next distinct key).
 * 4. Deleted nodes and their subtrees are hidden (kept in the records, for undo and restore).
 */
export function projectTree(records: readonly NodeRecordValues[]): Projection {
  const byId = new Map(records.map((record) => [record.id, record]))
  const parent = new Map(records.map((record) => [record.id, record.parentId]))
  const repair: TreeRepair = { reparented: [], rekeyed: [] }

  for (const record of records) {
    if (record.parentId !== null && !byId.has(record.parentId)) {
      parent.set(record.id, null)
      repair.reparented.push({ id: record.id, from: record.parentId, to: null, reason: 'orphan' })
    }
  }
  if (hasCycle(parent)) breakCycles(records, parent, byId, repair)

  const siblings = new Map<string | null, ProjectedNode[]>()
  for (const record of records) {
    const parentId = parent.get(record.id) ?? null
    const node = { id: record.id, parentId, orderKey: record.orderKey }
    const list = siblings.get(parentId)
    if (list) list.push(node)
    else siblings.set(parentId, [node])
  }
  for (const list of siblings.values()) rekey(list, repair)

  const hidden = new Set<string>()
  const nodes: ProjectedNode[] = []
  const walk = (parentId: string | null, hiddenAbove: boolean) => {
    for (const node of siblings.get(parentId) ?? []) {
      const isHidden = hiddenAbove || byId.get(node.id)?.deletedAt !== null
      if (isHidden) hidden.add(node.id)
      else nodes.push(node)
      walk(node.id, isHidden)
    }
  }
  walk(null, false)
  return { nodes, hidden, repair }
}

/**
 * Whether any node's parent chain loops (concurrent moves); linear: each chain is walked once,
 * the nodes known to reach the top end later walks. Without a cycle, breakCycles (a walk and a
 * set per node, ids sorted) has nothing to do.
 */
function hasCycle(parent: Map<string, string | null>): boolean {
  const reaches = new Set<string>()
  const path = new Set<string>()
  for (const id of parent.keys()) {
    if (reaches.has(id)) continue
    path.clear()
    let current: string | null = id
    while (current !== null && !reaches.has(current)) {
      if (path.has(current)) return true
      path.add(current)
      current = parent.get(current) ?? null
    }
    for (const member of path) reaches.add(member)
  }
  return false
}

function reachesTop(id: string, parent: Map<string, string | null>): boolean {
  const seen = new Set<string>()
  let current: string | null = id
  while (current !== null) {
    if (seen.has(current)) return false
    seen.add(current)
    current = parent.get(current) ?? null
  }
  return true
}

function breakCycles(
  records: readonly NodeRecordValues[],
  parent: Map<string, string | null>,
  byId: Map<string, NodeRecordValues>,
  repair: TreeRepair,
): void {
  // Lowest ids first, so the same cycle is broken at the same node everywhere.
  const ids = records.map((record) => record.id).sort()
  for (const id of ids) {
    if (reachesTop(id, parent)) continue
    // The cycle this node is in or under: walk up until a node repeats.
    const path: string[] = []
    const seen = new Set<string>()
    let current = id
    while (!seen.has(current)) {
      seen.add(current)
      path.push(current)
      current = parent.get(current) as string
    }
    const ring = path.slice(path.indexOf(current))
    const breakAt = ring.reduce((lowest, member) => (member < lowest ? member : lowest))
    const from = parent.get(breakAt) ?? null
    const previous = byId.get(breakAt)?.previousParentId ?? null
    parent.set(breakAt, previous)
    if (previous === null || !byId.has(previous) || !reachesTop(breakAt, parent))
      parent.set(breakAt, null)
    repair.reparented.push({ id: breakAt, from, to: parent.get(breakAt) ?? null, reason: 'cycle' })
  }
}

function rekey(list: ProjectedNode[], repair: TreeRepair): void {
  list.sort(byKeyThenId)
  let previous: string | null = null
  for (let index = 0; index < list.length; index++) {
    const node = list[index]
    if (isValidOrderKey(node.orderKey) && (previous === null || node.orderKey > previous)) {
      previous = node.orderKey
      continue
    }
    const next = list
      .slice(index + 1)
      .map((later) => later.orderKey)
      .find((key) => isValidOrderKey(key) && (previous === null || key > previous))
    const orderKey = generateKeyBetween(previous, next ?? null)
    repair.rekeyed.push({ id: node.id, from: node.orderKey, to: orderKey })
    node.orderKey = orderKey
    previous = orderKey
  }
}

export const isEmptyRepair = (repair: TreeRepair) =>
  repair.reparented.length + repair.rekeyed.length === 0
