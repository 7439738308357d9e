import type * as Y from 'yjs'
import { buildTree, childrenOf, subtreeOf, type Tree } from '../outline/tree'
import {
  deleteSubtree,
  duplicateSubtree,
  indentNode,
  insertNode,
  moveNodeBy,
  moveNodes,
  outdentNode,
  positionAfter,
  positionLastChild,
  type OpResult,
  type TreePosition,
} from '../outline/treeOps'
import type { OutlineNode, RichDoc } from '../outline/types'
import { applyChangeToDocument } from './applyChangeToDocument'
import { bodyOfFragment } from './bodyFragment'
import { rowsFromDocument } from './documentRows'
import { NODE_KEY, nodesMap, readNodeRecord, readPlanFields, recordBody } from './planDocument'
import type { PlanUndo } from './planUndo'

/**
 * The outline operations on a plan's document. Each computes its change with the tree operations
 * the commands use today (domain/outline/treeOps) on the tree read from the document, and writes
 * it as one transaction with this window's origin: one undo step.
 */
export type DocumentResult = { ok: true; focusId?: string } | { ok: false; reason: string }

/** The structure as a Tree (bodies only for `bodies`), for computing an operation. */
export function readTree(doc: Y.Doc, bodies: 'all' | ReadonlySet<string> = new Set()): Tree {
  return buildTree(rowsFromDocument(doc, bodies))
}

/** Compute on the tree, write as one undoable transaction. */
export function runOperation(
  undo: PlanUndo,
  label: string,
  compute: (tree: Tree) => OpResult,
  options: { mergeKey?: string; bodies?: 'all' | ReadonlySet<string> } = {},
): DocumentResult {
  const result = compute(readTree(undo.doc, options.bodies))
  if (!result.ok) return result
  undo.run(
    label,
    (origin) => applyChangeToDocument(undo.doc, result.change, origin),
    options.mergeKey,
  )
  return { ok: true, focusId: result.focusId }
}

export type AddPlace =
  { after: string } | { lastChildOf: string } | { atEnd: true } | { atStart: true }

function positionOf(tree: Tree, place: AddPlace): TreePosition | null {
  if ('after' in place) return positionAfter(tree, place.after)
  if ('lastChildOf' in place)
    return tree.byId.has(place.lastChildOf) ? positionLastChild(tree, place.lastChildOf) : null
  if ('atStart' in place) return { parentId: null, index: 0 }
  return { parentId: null, index: childrenOf(tree, null).length }
}

export function addNode(
  undo: PlanUndo,
  place: AddPlace,
  id: string,
  title = '',
  mergeKey?: string,
): DocumentResult {
  const planId = readPlanFields(undo.doc).id
  return runOperation(
    undo,
    '添加条目',
    (tree) => {
      const position = positionOf(tree, place)
      if (!position) return { ok: false, reason: '找不到要插入的位置' }
      return insertNode(tree, { id, planId, title, body: null }, position)
    },
    { mergeKey },
  )
}

/** A title as typed; the saves of one field share a merge key and are one undo step. */
export function renameNode(
  undo: PlanUndo,
  id: string,
  title: string,
  mergeKey?: string,
): DocumentResult {
  // Reads one record, not the tree: the keystrokes of a title stay cheap on 10,000 items.
  const node = visibleRow(undo.doc, id, false)
  if (!node) return { ok: false, reason: '条目已被删除' }
  return writeRow(undo, '修改标题', node, { ...node, title }, mergeKey)
}

/** One node as a row, read from its record alone; undefined when it is missing or deleted. */
function visibleRow(doc: Y.Doc, id: string, withBody: boolean): OutlineNode | undefined {
  const record = nodesMap(doc).get(id)
  if (!record || isNodeDeleted(doc, id)) return undefined
  const values = readNodeRecord(id, record)
  return {
    id,
    planId: readPlanFields(doc).id,
    parentId: values.parentId,
    orderKey: values.orderKey,
    title: values.title,
    body: withBody ? bodyOfFragment(recordBody(record)) : null,
  }
}

function writeRow(
  undo: PlanUndo,
  label: string,
  before: OutlineNode,
  after: OutlineNode,
  mergeKey?: string,
): DocumentResult {
  const change = { added: [], updated: [{ before, after }], removed: [] }
  undo.run(label, (origin) => applyChangeToDocument(undo.doc, change, origin), mergeKey)
  return { ok: true, focusId: before.id }
}

export const moveNodesTo = (undo: PlanUndo, ids: string[], position: TreePosition) =>
  runOperation(undo, '移动', (tree) => moveNodes(tree, ids, position))

export const moveNodeUpOrDown = (undo: PlanUndo, id: string, offset: -1 | 1) =>
  runOperation(undo, offset < 0 ? '上移' : '下移', (tree) => moveNodeBy(tree, id, offset))

export const indent = (undo: PlanUndo, id: string) =>
  runOperation(undo, '降级', (tree) => indentNode(tree, id))

export const outdent = (undo: PlanUndo, id: string) =>
  runOperation(undo, '升级', (tree) => outdentNode(tree, id))

/** Delete an item with its subtree: tombstones, so undo (or 恢复) brings back text typed since. */
export const deleteNode = (undo: PlanUndo, id: string) =>
  runOperation(undo, '删除', (tree) => deleteSubtree(tree, id))

/** Copy an item with its subtree and bodies right after it. */
export function duplicateNode(undo: PlanUndo, id: string, newId: () => string): DocumentResult {
  const tree = readTree(undo.doc)
  const subtree = new Set(subtreeOf(tree, id).map((node) => node.id))
  return runOperation(undo, '复制', (withBodies) => duplicateSubtree(withBodies, id, newId), {
    bodies: subtree,
  })
}

/** A body set from outside the live editor (replace, fill a slot): the smallest edit. */
export function setNodeBody(undo: PlanUndo, id: string, body: RichDoc | null): DocumentResult {
  const node = visibleRow(undo.doc, id, true)
  if (!node) return { ok: false, reason: '条目已被删除' }
  return writeRow(undo, '修改正文', node, { ...node, body })
}

/** The body of a node as Tiptap JSON (deleted nodes too: their text stays recoverable). */
export function readNodeBody(doc: Y.Doc, id: string): RichDoc | null {
  const record = nodesMap(doc).get(id)
  return record ? bodyOfFragment(recordBody(record)) : null
}

/** Whether a node is deleted or under a deleted node (its editor tells the typist). */
export function isNodeDeleted(doc: Y.Doc, id: string): boolean {
  const records = nodesMap(doc)
  const seen = new Set<string>()
  let current: string | null = id
  while (current !== null && !seen.has(current)) {
    seen.add(current)
    const record = records.get(current)
    if (!record) return true
    if (record.get(NODE_KEY.deletedAt) !== undefined) return true
    current = (record.get(NODE_KEY.parentId) as string | null) ?? null
  }
  return false
}

/**
 * 恢复: bring back a deleted node (and the deleted nodes above it) with everything typed into it,
 * as this window's own undoable step; for the typist, whose undo cannot revert another's delete.
 */
export function restoreNode(undo: PlanUndo, id: string): DocumentResult {
  const records = nodesMap(undo.doc)
  if (!records.get(id)) return { ok: false, reason: '找不到该条目' }
  undo.run('恢复条目', (origin) =>
    undo.doc.transact(() => {
      const seen = new Set<string>()
      let current: string | null = id
      while (current !== null && !seen.has(current)) {
        seen.add(current)
        const record = records.get(current)
        if (!record) break
        if (record.get(NODE_KEY.deletedAt) !== undefined) record.delete(NODE_KEY.deletedAt)
        current = (record.get(NODE_KEY.parentId) as string | null) ?? null
      }
    }, origin),
  )
  return { ok: true, focusId: id }
}
