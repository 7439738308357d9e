import type { BackupTables } from '../domain/backup/backupFile'
import {
  plansNewerInCopy,
  type NewerInCopy,
  type PlansAndRows,
} from '../domain/backup/plansNewerInCopy'
import { parseBackup } from '../domain/backup/parseBackup'
import { isEmptyChange } from '../domain/outline/planChange'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'
import { replacePlanContent } from './snapshotRepo'

/** The version kept of a plan before 找回 writes the copy's content into it. */
export const BEFORE_RECOVERY_LABEL = '找回之前'

/** The copy's tables, read and checked as any backup file is; null when it cannot be read. */
export async function readCopyTables(file: Blob): Promise<BackupTables | null> {
  const parsed = parseBackup(await file.text())
  return parsed.ok ? parsed.backup.tables : null
}

/** The database's rows of these plans, in one read. */
function storedPlans(planIds: readonly string[]): Promise<PlansAndRows> {
  return db.transaction('r', db.plans, db.nodes, async () => {
    const plans = (await db.plans.bulkGet([...planIds])).filter(
      (plan): plan is Plan => plan !== undefined,
    )
    const nodes = await db.nodes
      .where('planId')
      .anyOf([...planIds])
      .toArray()
    return { plans, nodes }
  })
}

/** What the copy (written from memory at `copyAt`) holds newer than the database now. */
export async function findNewerInCopy(tables: BackupTables, copyAt: number): Promise<NewerInCopy> {
  const stored = await storedPlans(tables.plans.map((plan) => plan.id))
  return plansNewerInCopy(tables, stored, copyAt)
}

/**
 * 找回: each plan the copy holds newer gets the copy's content in its document, one transaction
 * per plan, after a version 找回之前 of it (its history kept, as a restore of a version does);
 * plans only the copy holds are added with their rows (a plan there meanwhile is left alone:
 * nothing is doubled). Returns the number of plans changed or added.
 */
export async function recoverPlansFromCopy(
  tables: BackupTables,
  found: NewerInCopy,
): Promise<number> {
  const plans = new Map(tables.plans.map((plan) => [plan.id, plan]))
  const rows = new Map<string, OutlineNode[]>()
  for (const node of tables.nodes) {
    const list = rows.get(node.planId)
    if (list) list.push(node)
    else rows.set(node.planId, [node])
  }
  const rowsOf = (planId: string): OutlineNode[] => rows.get(planId) ?? []
  let recovered = 0
  for (const planId of found.changed) {
    const plan = plans.get(planId)
    if (!plan) continue
    const target = { plan, nodes: rowsOf(planId) }
    const change = await replacePlanContent(planId, target, BEFORE_RECOVERY_LABEL, true)
    if (!isEmptyChange(change)) recovered += 1
  }
  const added = found.added.flatMap((planId) => plans.get(planId) ?? [])
  if (added.length)
    recovered += await db.transaction('rw', db.plans, db.nodes, async () => {
      let count = 0
      for (const plan of added) {
        if (await db.plans.get(plan.id)) continue
        await db.plans.add(plan)
        await db.nodes.bulkPut(rowsOf(plan.id))
        count += 1
      }
      return count
    })
  return recovered
}
