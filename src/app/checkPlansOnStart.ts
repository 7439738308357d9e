import { db } from '../db/db'
import { withPlanDocument } from '../db/planDocuments'
import { repairDocument } from '../domain/document/repairDocument'
import type { OutlineNode } from '../domain/outline/types'
import { findTreeProblems, hasTreeProblems } from '../domain/outline/treeInvariants'
import { showToast } from '../store/toastStore'

/**
 * At start-up every plan's tree is checked (what a crash or a bug could leave: orphans, cycles,
 * clashing order keys) and repaired, with a notice — never silently. Plans are checked again
 * when they open (checkPlanOnOpen), for rows another tab wrote since.
 */
export async function checkPlansOnStart(): Promise<void> {
  // One read of all rows (no write lock on any plan); a repair only where there is a problem.
  const nodes = await db.nodes.toArray()
  const byPlan = new Map<string, OutlineNode[]>()
  for (const node of nodes) {
    const rows = byPlan.get(node.planId)
    if (rows) rows.push(node)
    else byPlan.set(node.planId, [node])
  }
  let fixed = 0
  for (const [planId, rows] of byPlan) {
    if (!hasTreeProblems(findTreeProblems(rows))) continue
    // The plan's document is made from these rows and repaired, the same way on every machine;
    // the rows are then written again from it.
    const repair = await withPlanDocument(planId, ({ doc }) => repairDocument(doc)).catch(
      () => null,
    )
    if (repair)
      fixed += new Set([...repair.reparented, ...repair.rekeyed].map((entry) => entry.id)).size
  }
  if (fixed > 0)
    showToast(
      `启动检查：有 ${fixed} 个条目的层级或顺序已损坏，已自动修复（移到末尾或重新排序），内容没有丢失。`,
    )
}
