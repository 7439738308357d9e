import type * as Y from 'yjs'
import { changedNodeFields, type PlanChange, type PlanRowFields } from '../outline/planChange'
import { newNodeRecord } from './documentRows'
import {
  NODE_KEY,
  OPTIONAL_PLAN_FIELDS,
  PLAN_KEY,
  nodesMap,
  planMap,
  preambleFragment,
  recordBody,
  textOf,
  type NodeRecord,
} from './planDocument'
import { setFragmentBody } from './setFragmentBody'

/**
 * Write a PlanChange (what every command computes today) into the document as ONE transaction
 * with `origin`: the command's undo step, and one update for other windows and machines.
 * - added: a new record; removed: a tombstone (`deletedAt`) on the subtree's top, so text typed
 *   into a deleted item elsewhere is kept and undo brings the item back with it;
 * - a move sets parentId, orderKey and previousParentId together (a concurrent move of the same
 *   node then wins or loses as a whole);
 * - a title is replaced by a new Y.Text (a rename racing a rename ends with one of them);
 * - a body gets the smallest edit (setFragmentBody), merging with typing elsewhere.
 */
export function applyChangeToDocument(
  doc: Y.Doc,
  change: PlanChange,
  origin: unknown,
  now = Date.now(),
): void {
  doc.transact(() => {
    const records = nodesMap(doc)
    for (const node of change.added) records.set(node.id, newNodeRecord(node))
    for (const { before, after } of change.updated) {
      const record = records.get(after.id)
      if (!record) continue
      const fields = changedNodeFields(before, after)
      if (fields.includes('parentId') || fields.includes('orderKey'))
        setPosition(record, after.parentId, after.orderKey)
      if (fields.includes('title')) record.set(NODE_KEY.title, textOf(after.title))
      if (fields.includes('body')) setFragmentBody(recordBody(record), after.body)
    }
    // Only the top of a deleted subtree is marked: what is under it is hidden with it and comes
    // back with it, including items added under it elsewhere meanwhile.
    const removed = new Set(change.removed.map((node) => node.id))
    for (const node of change.removed) {
      if (node.parentId !== null && removed.has(node.parentId)) continue
      const record = records.get(node.id)
      if (record && record.get(NODE_KEY.deletedAt) === undefined)
        record.set(NODE_KEY.deletedAt, now)
    }
    if (change.plan) writePlanFields(doc, change.plan.after)
  }, origin)
}

export function setPosition(record: NodeRecord, parentId: string | null, orderKey: string): void {
  record.set(NODE_KEY.previousParentId, (record.get(NODE_KEY.parentId) as string | null) ?? null)
  record.set(NODE_KEY.parentId, parentId)
  record.set(NODE_KEY.orderKey, orderKey)
}

function writePlanFields(doc: Y.Doc, after: Partial<PlanRowFields>): void {
  const plan = planMap(doc)
  if (after.title !== undefined) plan.set(PLAN_KEY.title, textOf(after.title))
  if (after.unit !== undefined) plan.set(PLAN_KEY.unit, after.unit)
  if (after.year !== undefined) plan.set(PLAN_KEY.year, after.year)
  if (after.numbering !== undefined) plan.set(PLAN_KEY.numbering, after.numbering)
  // Optional fields: a value sets it, an empty value (or undefined) written as a change clears it.
  for (const key of OPTIONAL_PLAN_FIELDS) {
    if (!(key in after)) continue
    const value = after[key]
    const empty =
      value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    if (empty) plan.delete(key)
    else plan.set(key, value)
  }
  if (after.preamble !== undefined) setFragmentBody(preambleFragment(doc), after.preamble)
}
