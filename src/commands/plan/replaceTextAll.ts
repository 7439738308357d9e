import { snapshotBeforeBulk } from '../../db/snapshotRepo'
import { flushPendingEdits } from '../../store/pendingEdits'
import { runPlanCommand, type RunResult } from '../runPlanCommand'
import { replaceAllText, type ReplaceAllArgs } from './replaceText'

/**
 * 全部替换 as the user runs it: what is typed is written, the plan as it was is kept as a version
 * (历史版本, "全部替换之前"), then every match is replaced in one transaction and one undo step.
 */
export async function replaceAllInPlan(planId: string, args: ReplaceAllArgs): Promise<RunResult> {
  await flushPendingEdits()
  await snapshotBeforeBulk(planId, `全部替换“${args.query.text}”为“${args.replacement}”之前`)
  return runPlanCommand(replaceAllText, planId, args, { flush: false })
}
