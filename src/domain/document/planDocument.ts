import * as Y from 'yjs'
import type { NumberingSettings } from '../outline/types'

/**
 * The layout of a plan's Y.Doc (docs/design/document-model.md): one root map of plan fields, one
 * root fragment for the preamble and one root map of node records, flat, keyed by node id.
 */
export const DOCUMENT_FORMAT = 1

/** Root type names. */
export const ROOT = { plan: 'plan', preamble: 'preamble', nodes: 'nodes' } as const

/** Keys of the plan map. */
export const PLAN_KEY = {
  format: 'format',
  id: 'id',
  title: 'title',
  unit: 'unit',
  year: 'year',
  numbering: 'numbering',
  keptYears: 'keptYears',
  comparisonYears: 'comparisonYears',
  recipient: 'recipient',
  attachments: 'attachments',
  signature: 'signature',
  issuedOn: 'issuedOn',
  sourcePlanId: 'sourcePlanId',
  createdAt: 'createdAt',
} as const

/**
 * Plan fields a user edits that a document holds only when set: an empty value removes the key,
 * and the plan row leaves the field out.
 */
export const OPTIONAL_PLAN_FIELDS = [
  'keptYears',
  'comparisonYears',
  'recipient',
  'attachments',
  'signature',
  'issuedOn',
] as const

/** Keys of a node record (a Y.Map in the nodes map). */
export const NODE_KEY = {
  parentId: 'parentId',
  orderKey: 'orderKey',
  /** The parent before the last move: where a cycle made by concurrent moves sends it back. */
  previousParentId: 'previousParentId',
  title: 'title',
  body: 'body',
  /** Set (ms) when the item is deleted: a tombstone, so text typed into it meanwhile is kept. */
  deletedAt: 'deletedAt',
  /** The node of last year's plan this one was copied from (never changed afterwards). */
  sourceNodeId: 'sourceNodeId',
} as const

export type NodeRecord = Y.Map<unknown>

/** Every command of this window writes with this origin: the one its undo manager tracks. */
export class LocalOrigin {
  constructor(readonly label = 'local') {}
}

/** The origin of the deterministic tree repair: never undone, identical on every machine. */
export const REPAIR_ORIGIN = 'plandraft-repair'

export const planMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT.plan)
export const preambleFragment = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(ROOT.preamble)
export const nodesMap = (doc: Y.Doc): Y.Map<NodeRecord> => doc.getMap<NodeRecord>(ROOT.nodes)

/** The plan fields kept in the document (the library row's copies are derived from these). */
export interface DocumentPlanFields {
  id: string
  title: string
  unit: string
  year: number
  numbering: NumberingSettings
  keptYears?: number[]
  comparisonYears?: number[]
  sourcePlanId?: string
  createdAt: number
  recipient?: string
  attachments?: string[]
  signature?: string
  issuedOn?: string
}

/** A node's record as plain values (bodies stay in their fragment until asked for). */
export interface NodeRecordValues {
  id: string
  parentId: string | null
  orderKey: string
  previousParentId: string | null
  title: string
  deletedAt: number | null
}

export function nodeRecord(doc: Y.Doc, id: string): NodeRecord | undefined {
  return nodesMap(doc).get(id)
}

export function recordTitle(record: NodeRecord): Y.Text {
  return record.get(NODE_KEY.title) as Y.Text
}

export function recordBody(record: NodeRecord): Y.XmlFragment {
  return record.get(NODE_KEY.body) as Y.XmlFragment
}

export function readNodeRecord(id: string, record: NodeRecord): NodeRecordValues {
  const parentId = record.get(NODE_KEY.parentId)
  const previousParentId = record.get(NODE_KEY.previousParentId)
  const deletedAt = record.get(NODE_KEY.deletedAt)
  const title = record.get(NODE_KEY.title)
  return {
    id,
    parentId: typeof parentId === 'string' ? parentId : null,
    orderKey: String(record.get(NODE_KEY.orderKey) ?? ''),
    previousParentId: typeof previousParentId === 'string' ? previousParentId : null,
    title: title instanceof Y.Text ? title.toString() : '',
    deletedAt: typeof deletedAt === 'number' ? deletedAt : null,
  }
}

/** Every record of the document, deleted ones too, as plain values. */
export function readAllRecords(doc: Y.Doc): NodeRecordValues[] {
  const records: NodeRecordValues[] = []
  nodesMap(doc).forEach((record, id) => records.push(readNodeRecord(id, record)))
  return records
}

export function readPlanFields(doc: Y.Doc): DocumentPlanFields {
  const plan = planMap(doc)
  const title = plan.get(PLAN_KEY.title)
  const keptYears = plan.get(PLAN_KEY.keptYears) as number[] | undefined
  const comparisonYears = plan.get(PLAN_KEY.comparisonYears) as number[] | undefined
  const sourcePlanId = plan.get(PLAN_KEY.sourcePlanId) as string | undefined
  const recipient = plan.get(PLAN_KEY.recipient) as string | undefined
  const attachments = plan.get(PLAN_KEY.attachments) as string[] | undefined
  const signature = plan.get(PLAN_KEY.signature) as string | undefined
  const issuedOn = plan.get(PLAN_KEY.issuedOn) as string | undefined
  return {
    id: String(plan.get(PLAN_KEY.id) ?? ''),
    title: title instanceof Y.Text ? title.toString() : '',
    unit: String(plan.get(PLAN_KEY.unit) ?? ''),
    year: Number(plan.get(PLAN_KEY.year) ?? 0),
    numbering: (plan.get(PLAN_KEY.numbering) as NumberingSettings | undefined) ?? {
      scheme: 'standard',
      continuousLevel2: false,
    },
    ...(keptYears && { keptYears }),
    ...(comparisonYears && { comparisonYears }),
    ...(sourcePlanId && { sourcePlanId }),
    ...(recipient && { recipient }),
    ...(attachments && attachments.length > 0 && { attachments }),
    ...(signature && { signature }),
    ...(issuedOn && { issuedOn }),
    createdAt: Number(plan.get(PLAN_KEY.createdAt) ?? 0),
  }
}

/** A Y.Text holding `text` (titles are replaced whole: a rename race ends with one of them). */
export function textOf(text: string): Y.Text {
  const type = new Y.Text()
  if (text) type.insert(0, text)
  return type
}
