import { PLAN_TITLE, PLAN_UNIT } from '../check/types'
import type { PlanRowFields } from '../outline/planChange'

/** The plan-row fields that are plain text (title, unit, …): what find and replace reads. */
export type PlanTextKey = {
  [Key in keyof PlanRowFields]-?: NonNullable<PlanRowFields[Key]> extends string ? Key : never
}[keyof PlanRowFields]

export interface PlanTextField {
  /** The match's nodeId (the same ids as the plan check's: planTitle, planUnit). */
  id: string
  key: PlanTextKey
  /** Where, in words. */
  label: string
  /** Before the preamble (the document's head) or after the last item (落款, 成文日期). */
  at: 'head' | 'foot'
}

/**
 * The plan's own text fields that find and replace searches and replaces, in document order
 * within their place. A new plan field (落款, 成文日期, 附件说明, 主送) joins with one line here
 * (and `data-plan-field` where the document shows it, for the find bar's highlight).
 */
export const PLAN_TEXT_FIELDS: readonly PlanTextField[] = [
  { id: PLAN_TITLE, key: 'title', label: '计划标题', at: 'head' },
  { id: PLAN_UNIT, key: 'unit', label: '单位', at: 'head' },
  { id: 'planRecipient', key: 'recipient', label: '主送', at: 'head' },
  { id: 'planSignature', key: 'signature', label: '落款', at: 'foot' },
]

/** The plan field a match's nodeId names, or undefined (the preamble or an item). */
export const planTextField = (id: string): PlanTextField | undefined =>
  PLAN_TEXT_FIELDS.find((field) => field.id === id)
