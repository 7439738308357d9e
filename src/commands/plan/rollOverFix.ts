import { entryFixChange, withKeptYears } from '../../domain/rollover/entryFix'
import type { RolloverEntry } from '../../domain/rollover/rolloverReport'
import { refuse, type PlanCommand } from '../types'

export interface RolloverFixArgs {
  entry: RolloverEntry
  /** original: 撤销此处 (back to the source's text); replacement: 改为新年度 (the new text). */
  to: 'original' | 'replacement'
}

/** One year of the roll-over report rewritten at its place only: one undo step. */
export const rolloverFix: PlanCommand<RolloverFixArgs> = {
  name: 'rolloverFix',
  label: '修改年份',
  undoable: true,
  reads: ({ entry }) => ('nodeId' in entry.place ? [entry.place.nodeId] : []),
  perform: ({ plan, tree }, { entry, to }) => {
    const node = 'nodeId' in entry.place ? tree.byId.get(entry.place.nodeId) : undefined
    const change = entryFixChange(plan, node, entry, to)
    return typeof change === 'string' ? refuse(change) : { ok: true, change }
  },
}

/** 保留为历史年份: years the plan check no longer reports (the plan's keptYears). */
export const keepRolloverYears: PlanCommand<{ years: number[] }> = {
  name: 'keepRolloverYears',
  label: '保留为历史年份',
  undoable: true,
  reads: () => [],
  perform: ({ plan }, { years }) => {
    const keptYears = withKeptYears(plan.keptYears, years)
    if (keptYears.length === (plan.keptYears?.length ?? 0))
      return { ok: true, change: { added: [], updated: [], removed: [] } }
    return {
      ok: true,
      change: {
        added: [],
        updated: [],
        removed: [],
        plan: { before: { keptYears: plan.keptYears }, after: { keptYears } },
      },
    }
  },
}
