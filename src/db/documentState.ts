import { bodyOfFragment } from '../domain/document/bodyFragment'
import {
  OPTIONAL_PLAN_FIELDS,
  nodesMap,
  preambleFragment,
  readPlanFields,
  recordBody,
} from '../domain/document/planDocument'
import { buildTree, type Tree } from '../domain/outline/tree'
import type { OutlineNode, Plan } from '../domain/outline/types'
import type { OpenedPlan } from './planDocuments'

/**
 * The plan as a command computes from it, read from its document at this instant: the plan row's
 * own fields (dates, trash) with the document's fields over them, and the visible tree. With
 * `ids`, only those items (a rename reads one record, not 10,000); otherwise every item, each
 * body converted only when the command reads it (a move of one item converts no body).
 */
export function documentState(
  opened: OpenedPlan,
  planRow: Plan,
  ids?: readonly string[],
): { plan: Plan; tree: Tree } {
  const { doc } = opened
  const fields = readPlanFields(doc)
  const plan: Plan = {
    ...planRow,
    ...fields,
    id: planRow.id,
    createdAt: planRow.createdAt,
    preamble: bodyOfFragment(preambleFragment(doc)),
  }
  for (const key of OPTIONAL_PLAN_FIELDS) if (fields[key] === undefined) delete plan[key]
  const { projection, records } = opened.rows.projectionNow()
  const wanted = ids ? new Set(ids) : null
  const map = nodesMap(doc)
  const rows: OutlineNode[] = []
  for (const node of projection.nodes) {
    if (wanted && !wanted.has(node.id)) continue
    const record = map.get(node.id)
    if (!record) continue
    let body: OutlineNode['body'] | undefined
    const sourceNodeId = record.get('sourceNodeId')
    const row = {
      id: node.id,
      planId: planRow.id,
      parentId: node.parentId,
      orderKey: node.orderKey,
      title: records.get(node.id)?.title ?? '',
      ...(typeof sourceNodeId === 'string' && { sourceNodeId }),
    } as OutlineNode
    Object.defineProperty(row, 'body', {
      enumerable: true,
      configurable: true,
      get: () => (body === undefined ? (body = bodyOfFragment(recordBody(record))) : body),
    })
    rows.push(row)
  }
  return { plan, tree: buildTree(rows) }
}
