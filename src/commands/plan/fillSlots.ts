import type { PlanChange } from '../../domain/outline/planChange'
import { docText } from '../../domain/outline/richText'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import {
  countNamedSlots,
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

/**
 * The plan form's change (title, unit, year) with `{{单位}}` / `{{年度}}` filled everywhere from
 * the unit or year it sets or changes, in the same write; `filled` counts what was filled, by
 * slot name (only names found in the plan).
 */
export function planInfoChange(
  plan: Plan,
  nodes: readonly OutlineNode[],
  after: Pick<Plan, 'title' | 'unit' | 'year'>,
): { change: PlanChange; filled: { name: string; value: string; count: number }[] } {
  const values: NamedSlotValues = {}
  if (after.unit && after.unit !== plan.unit) values['单位'] = after.unit
  if (after.year !== plan.year && Number.isInteger(after.year) && after.year > 0)
    values['年度'] = String(after.year)
  const next = { ...plan, ...after }
  const texts = [
    next.title,
    docText(next.preamble),
    ...nodes.flatMap((node) => [node.title, docText(node.body)]),
  ]
  const filled = Object.entries(values).flatMap(([name, value = '']) => {
    const count = texts.reduce((sum, text) => sum + countNamedSlots(text, { [name]: value }), 0)
    return count > 0 ? [{ name, value, count }] : []
  })
  const fill = fillPlanNamedSlots(next, nodes, values)
  return {
    change: { ...fill, plan: { before: {}, after: { ...after, ...fill.plan?.after } } },
    filled,
  }
}
