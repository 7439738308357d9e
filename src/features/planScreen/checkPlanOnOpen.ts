import { repairTree } from '../../commands/plan/repairTree'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { refreshCharCount } from '../../db/planRepo'
import { recoverPlan } from '../../db/rescueStore'
import { showToast } from '../../store/toastStore'

/**
 * What a plan needs when it opens: text a closed page rescued is brought back, a tree a crash
 * left unsound is repaired (and the user told, never silently), the cached count checked.
 */
export async function checkPlanOnOpen(planId: string): Promise<void> {
  await recoverPlan(planId)
  const repaired = await runPlanCommand(repairTree, planId, {}, { flush: false, keepFocus: true })
  const fixed = repaired.ok ? (repaired.applied?.updated.length ?? 0) : 0
  if (fixed > 0)
    showToast(
      `大纲中有 ${fixed} 个条目的层级或顺序已损坏，已自动修复（移到末尾或重新排序），内容没有丢失。`,
    )
  await refreshCharCount(planId)
}
