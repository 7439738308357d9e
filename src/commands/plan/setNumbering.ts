import type { NumberingSettings } from '../../domain/outline/types'
import type { PlanCommand } from '../types'

/**
 * The plan's numbering scheme; the whole plan renumbers at once (numbers are never stored). Only
 * the settings given change, over the plan as it is now: two quick changes (a scheme, then
 * 二级序号全文连续) never undo each other from a screen that has not caught up yet.
 */
export const setNumbering: PlanCommand<{ numbering: Partial<NumberingSettings> }> = {
  name: 'setNumbering',
  label: '更改序号样式',
  undoable: true,
  reads: () => [],
  perform: ({ plan }, { numbering }) => ({
    ok: true,
    change: {
      added: [],
      updated: [],
      removed: [],
      plan: {
        before: { numbering: plan.numbering },
        after: { numbering: { ...plan.numbering, ...numbering } },
      },
    },
  }),
}
