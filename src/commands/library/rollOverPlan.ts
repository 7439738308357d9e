import { db } from '../../db/db'
import { InvalidInputError, readPlanForWrite } from '../../db/planWriter'
import { settingKeys } from '../../db/schema'
import { newId } from '../../domain/newId'
import type { RolloverReport } from '../../domain/rollover/rolloverReport'
import { rollOverPlan } from '../../domain/rollover/rollOverPlan'
import { flushPendingEdits } from '../../store/pendingEdits'
import type { LibraryCommand } from './libraryCommand'

export interface RollOverArgs {
  planId: string
  toYear: number
  keepBodies: boolean
  /** The new plan's title as typed in the dialog (default: the source's, years rolled). */
  title?: string
  /** The year the text is written for, when the plan's year is wrong (default: the plan's). */
  fromYear?: number
}

/**
 * 复制为新年度计划: the new plan, its items and its report written in one transaction, from
 * the source as last typed (open fields written). The source is not changed.
 * A new year that is not after the plan year is refused with a message and writes nothing.
 */
export const rollOverPlanCommand: LibraryCommand<RollOverArgs, RolloverReport> = {
  name: 'rollOverPlan',
  label: '复制为新年度计划',
  perform: async ({ planId, toYear, keepBodies, title, fromYear }) => {
    await flushPendingEdits()
    return db.transaction('rw', [db.plans, db.nodes, db.settings], async () => {
      const source = await readPlanForWrite(planId)
      const result = rollOverPlan(source, {
        toYear,
        keepBodies,
        title,
        fromYear,
        newId,
        now: Date.now(),
      })
      if ('error' in result) throw new InvalidInputError(result.error)
      await db.plans.add(result.plan)
      await db.nodes.bulkAdd(result.nodes)
      await db.settings.put({
        key: settingKeys.rolloverReport(result.plan.id),
        value: result.report,
      })
      return result.report
    })
  },
}
