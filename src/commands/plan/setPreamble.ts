import type { RichDoc } from '../../domain/outline/types'
import type { PlanCommand } from '../types'

/** The preamble as the live editor saves it (the editor has its own undo for typing). */
export const setPreamble: PlanCommand<{ preamble: RichDoc | null }> = {
  name: 'setPreamble',
  label: '编辑前言',
  undoable: false,
  reads: () => [],
  perform: ({ plan }, { preamble }) => ({
    ok: true,
    change: {
      added: [],
      updated: [],
      removed: [],
      plan: { before: { preamble: plan.preamble }, after: { preamble } },
    },
  }),
}
