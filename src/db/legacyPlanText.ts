import type * as Y from 'yjs'
import { NODE_KEY, nodeRecord, recordBody, textOf } from '../domain/document/planDocument'
import { setFragmentBody } from '../domain/document/setFragmentBody'
import type { OutlineNode, Plan, RichDoc } from '../domain/outline/types'
import { db } from './db'
import { planNodesNow } from './planNodesCache'
import { readPlanRows } from './readPlanRows'
import { takeRescuedRows } from './rescueStore'

/**
 * The plan's rows as the document's first content is made from them. Drafts an earlier version
 * of the app left were folded into their items by the version-7 upgrade (db/migrationBackup.ts).
 */
export async function readPlanRowsForSeed(
  planId: string,
): Promise<{ plan: Plan; nodes: OutlineNode[] }> {
  // The rows the plan screen has just read (planNodesCache): not read a second time.
  const shown = planNodesNow(planId)
  const plan = shown && (await db.plans.get(planId))
  if (shown && plan) return { plan, nodes: [...shown] }
  return readPlanRows(planId)
}

export interface RescuedEdit {
  nodeId: string
  title?: string
  body?: RichDoc
}

/** What closed pages left in localStorage for this plan (titles being typed), taken out. */
export function takeRescuedEdits(planId: string): RescuedEdit[] {
  return takeRescuedRows(planId).map(({ nodeId, title, body }) => ({
    nodeId,
    ...(typeof title === 'string' && { title }),
    ...(body && { body }),
  }))
}

/** Write rescued text into the document (one transaction, not an undo step). */
export function applyRescuedEdits(
  doc: Y.Doc,
  edits: readonly RescuedEdit[],
  origin: unknown,
): void {
  if (edits.length === 0) return
  doc.transact(() => {
    for (const edit of edits) {
      // An item deleted since has nothing to come back to.
      const record = nodeRecord(doc, edit.nodeId)
      if (!record) continue
      const title = record.get(NODE_KEY.title)
      if (edit.title !== undefined && String(title ?? '') !== edit.title)
        record.set(NODE_KEY.title, textOf(edit.title))
      if (edit.body) setFragmentBody(recordBody(record), edit.body)
    }
  }, origin)
}
