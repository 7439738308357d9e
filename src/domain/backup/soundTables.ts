import { applyChangeToNodes } from '../outline/applyChangeToNodes'
import { findTreeProblems, hasTreeProblems, repairTree } from '../outline/treeInvariants'
import type { OutlineNode } from '../outline/types'
import type { BackupTables } from './backupFile'
import { withoutTeamCodes } from '../team/withoutTeamCodes'
import { planIdOfSetting } from './settingRules'

/**
 * The tables as a backup file carries them, so that every backup can be restored: rows of a plan
 * that no longer exists (unreachable leftovers) are left out, and a plan whose outline is damaged
 * (not yet opened since a crash) goes in repaired as opening it would repair it. The database is
 * not touched; a sound database passes through unchanged. No 协作码 goes into a file (a settings
 * row of an earlier build that held one goes without it).
 */
export function soundTables(tables: BackupTables): BackupTables {
  const plans = new Set(tables.plans.map((plan) => plan.id))
  const nodesOf = new Map<string, OutlineNode[]>()
  for (const node of tables.nodes) {
    if (!plans.has(node.planId)) continue
    // Pushed, not spread: a copy per row made a plan of 20,000 items quadratic.
    const rows = nodesOf.get(node.planId)
    if (rows) rows.push(node)
    else nodesOf.set(node.planId, [node])
  }
  const repaired = new Map<string, OutlineNode>()
  for (const rows of nodesOf.values()) {
    if (!hasTreeProblems(findTreeProblems(rows))) continue
    for (const node of applyChangeToNodes(rows, repairTree(rows))) repaired.set(node.id, node)
  }
  const owned = (key: string) => {
    const planId = planIdOfSetting(key)
    return planId === null || plans.has(planId)
  }
  return {
    ...tables,
    nodes: tables.nodes
      .filter((node) => plans.has(node.planId))
      .map((node) => repaired.get(node.id) ?? node),
    snapshots: tables.snapshots.filter((snapshot) => plans.has(snapshot.planId)),
    settings: withoutTeamCodes(tables.settings.filter(({ key }) => owned(key))),
  }
}
