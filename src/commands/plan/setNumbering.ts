import type { NumberingSettings } from '../../domain/outline/types'
import type { PlanCommand } from '../types'

/** The plan's numbering scheme; the whole plan renumbers at once (numbers are never stored). */
export const setNumbering: PlanCommand<{ numbering: NumberingSettings }> = {
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
      plan: { before: { numbering: plan.numbering }, after: { numbering } },
    },
  }),
}
