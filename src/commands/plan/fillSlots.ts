import {
  fillPlanNamedSlots,
  namedSlotText,
  type NamedSlotValues,
} from '../../domain/phrases/namedSlots'
import { refuse, type PlanCommand } from '../types'

/** What the user asked to fill, for the undo label: `{{单位}}、{{年度}}`. */
function filledNames(values: NamedSlotValues): string {
  return Object.entries(values)
    .filter(([, value]) => value?.trim())
    .map(([name]) => namedSlotText(name))
    .join('、')
}

/**
 * 填写: every `{{单位}}` (and the other named slots given a value) in the plan's title, preamble,
 * titles and bodies replaced at once, one undo step.
 */
export const fillNamedSlotsCommand: PlanCommand<{ values: NamedSlotValues }> = {
  name: 'fillNamedSlots',
  label: '填写空位',
  undoable: true,
  perform: ({ plan, tree }, { values }) => {
    const names = filledNames(values)
    if (!names) return refuse('请先输入要填入的内容')
    const change = fillPlanNamedSlots(plan, [...tree.byId.values()], values)
    if (!change.plan && change.updated.length === 0) return refuse(`计划中已没有 ${names}`)
    return { ok: true, change }
  },
}
