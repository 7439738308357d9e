import * as Y from 'yjs'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { bodyOfFragment, fragmentOfBody, writeBodyToFragment } from './bodyFragment'
import {
  DOCUMENT_FORMAT,
  OPTIONAL_PLAN_FIELDS,
  NODE_KEY,
  PLAN_KEY,
  nodesMap,
  planMap,
  preambleFragment,
  readAllRecords,
  readPlanFields,
  recordBody,
  textOf,
  type DocumentPlanFields,
  type NodeRecordValues,
} from './planDocument'
import { projectTree, type Projection } from './projectTree'

/** The plan fields a document holds, from a plan row. */
export const documentFieldsOf = (plan: Plan): DocumentPlanFields => ({
  id: plan.id,
  title: plan.title,
  unit: plan.unit,
  year: plan.year,
  numbering: plan.numbering,
  ...(plan.keptYears && { keptYears: plan.keptYears }),
  ...(plan.comparisonYears && { comparisonYears: plan.comparisonYears }),
  ...(plan.sourcePlanId && { sourcePlanId: plan.sourcePlanId }),
  createdAt: plan.createdAt,
  ...(plan.recipient && { recipient: plan.recipient }),
  ...(plan.attachments && plan.attachments.length > 0 && { attachments: plan.attachments }),
  ...(plan.signature && { signature: plan.signature }),
  ...(plan.issuedOn && { issuedOn: plan.issuedOn }),
})

/** Plan fields a document holds only when set (the link back to last year's plan too). */
const OPTIONAL_PLAN_KEYS = [...OPTIONAL_PLAN_FIELDS, 'sourcePlanId'] as const

/** A new node record, ready to be set into the nodes map. */
export function newNodeRecord(node: Omit<OutlineNode, 'id' | 'planId'>): Y.Map<unknown> {
  const record = new Y.Map<unknown>()
  record.set(NODE_KEY.parentId, node.parentId)
  record.set(NODE_KEY.orderKey, node.orderKey)
  record.set(NODE_KEY.previousParentId, node.parentId)
  record.set(NODE_KEY.title, textOf(node.title))
  record.set(NODE_KEY.body, fragmentOfBody(node.body))
  if (node.sourceNodeId) record.set(NODE_KEY.sourceNodeId, node.sourceNodeId)
  return record
}

/**
 * A plan's stored rows as its document (the migration and an import use this). One transaction,
 * so the document's first update holds the whole plan.
 */
export function documentFromRows(plan: Plan, nodes: readonly OutlineNode[], doc = new Y.Doc()) {
  doc.transact(() => {
    const fields = planMap(doc)
    const values = documentFieldsOf(plan)
    fields.set(PLAN_KEY.format, DOCUMENT_FORMAT)
    fields.set(PLAN_KEY.id, values.id)
    fields.set(PLAN_KEY.title, textOf(values.title))
    fields.set(PLAN_KEY.unit, values.unit)
    fields.set(PLAN_KEY.year, values.year)
    fields.set(PLAN_KEY.numbering, values.numbering)
    for (const key of OPTIONAL_PLAN_KEYS)
      if (values[key] !== undefined) fields.set(key, values[key])
    fields.set(PLAN_KEY.createdAt, values.createdAt)
    writeBodyToFragment(plan.preamble, preambleFragment(doc))
    const records = nodesMap(doc)
    for (const node of nodes) records.set(node.id, newNodeRecord(node))
  })
  return doc
}

/**
 * The visible nodes as rows (the repaired projection): what every reader reads. Bodies are
 * converted for `bodies` ('all', or these ids); the others are null, for structure-only reads
 * (a move of one item does not convert 10,000 bodies).
 */
export function rowsFromDocument(
  doc: Y.Doc,
  bodies: 'all' | ReadonlySet<string> = 'all',
): OutlineNode[] {
  const records = readAllRecords(doc)
  const projection = projectTree(records)
  return rowsOfProjection(doc, projection, records, bodies)
}

export function rowsOfProjection(
  doc: Y.Doc,
  projection: Projection,
  records: readonly NodeRecordValues[],
  bodies: 'all' | ReadonlySet<string> = 'all',
): OutlineNode[] {
  const planId = readPlanFields(doc).id
  const map = nodesMap(doc)
  const titles = new Map(records.map((record) => [record.id, record.title]))
  return projection.nodes.map((node) => {
    const record = map.get(node.id) as Y.Map<unknown>
    const sourceNodeId = record.get(NODE_KEY.sourceNodeId)
    return {
      id: node.id,
      planId,
      parentId: node.parentId,
      orderKey: node.orderKey,
      title: titles.get(node.id) ?? '',
      body: bodies === 'all' || bodies.has(node.id) ? bodyOfFragment(recordBody(record)) : null,
      ...(typeof sourceNodeId === 'string' && { sourceNodeId }),
    }
  })
}

/** The plan fields and the preamble, as the plan row holds them. */
export function planFieldsFromDocument(doc: Y.Doc): DocumentPlanFields & {
  preamble: RichDoc | null
} {
  return { ...readPlanFields(doc), preamble: bodyOfFragment(preambleFragment(doc)) }
}
