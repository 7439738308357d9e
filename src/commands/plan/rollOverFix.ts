import { emptyChange } from '../../domain/outline/planChange'
import { entryDecisionChange, yearListChange, type YearList } from '../../domain/rollover/entryFix'
import type { RolloverEntry } from '../../domain/rollover/rolloverReport'
import { refuse, type PlanCommand } from '../types'

export interface RolloverFixArgs {
  entry: RolloverEntry
  /** original: 撤销此处 (back to the source's text); replacement: 改为新年度 (the new text). */
  to: 'original' | 'replacement'
  /** 撤销此处: another place still reads the offered year, so the plan check keeps accepting it. */
  stillUsed?: boolean
}

/**
 * One year of the roll-over report rewritten at its place only, and the year it offered
 * accepted by the plan check (or no longer): one undo step.
 */
export const rolloverFix: PlanCommand<RolloverFixArgs> = {
  name: 'rolloverFix',
  label: '修改年份',
  undoable: true,
  reads: ({ entry }) => ('nodeId' in entry.place ? [entry.place.nodeId] : []),
  perform: ({ plan, tree }, { entry, to, stillUsed }) => {
    const node = 'nodeId' in entry.place ? tree.byId.get(entry.place.nodeId) : undefined
    const change = entryDecisionChange(plan, node, entry, to, stillUsed)
    return typeof change === 'string' ? refuse(change) : { ok: true, change }
  },
}

export interface RolloverYearsArgs {
  years: number[]
  /** keptYears: 保留为历史年份 (or 保留此年份); comparisonYears: 作为对比年份. */
  list: YearList
  /** false: the choice taken back (取消). */
  accept: boolean
}

/** Years the plan check no longer reports (or reports again): one undo step. */
export const setRolloverYears: PlanCommand<RolloverYearsArgs> = {
  name: 'setRolloverYears',
  label: '保留年份',
  undoable: true,
  reads: () => [],
  perform: ({ plan }, { years, list, accept }) => {
    const fields = yearListChange(plan, list, years, accept)
    return { ok: true, change: fields ? { ...emptyChange(), plan: fields } : emptyChange() }
  },
}
