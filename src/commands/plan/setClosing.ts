import {
  CLOSING_FIELDS,
  closingFieldsOf,
  closingProblem,
  type PlanClosingFields,
} from '../../domain/outline/planClosing'
import type { PlanRowFields } from '../../domain/outline/planChange'
import { refuse, type PlanCommand } from '../types'

/**
 * 主送, 附件说明, 落款 and 成文日期 as the plan form sets them: one write, one undo step. Only the
 * fields that differ are written; an emptied field is removed.
 */
export const setClosing: PlanCommand<{ closing: PlanClosingFields }> = {
  name: 'setClosing',
  label: '修改主送和落款',
  undoable: true,
  reads: () => [],
  perform: ({ plan }, { closing }) => {
    const next = closingFieldsOf(closing)
    const problem = closingProblem(next)
    if (problem) return refuse(problem)
    const before: Partial<PlanRowFields> = {}
    const after: Partial<PlanRowFields> = {}
    for (const field of CLOSING_FIELDS) {
      if (JSON.stringify(plan[field] ?? null) === JSON.stringify(next[field] ?? null)) continue
      Object.assign(before, { [field]: plan[field] })
      Object.assign(after, { [field]: next[field] })
    }
    return { ok: true, change: { added: [], updated: [], removed: [], plan: { before, after } } }
  },
}
