import { closingFieldsOf, shiftIssuedDate, type PlanClosingFields } from '../outline/planClosing'

/**
 * The closing fields of a plan copied to a new year: 主送, 附件 and 落款 as they are, the
 * 成文日期 moved on by as many years as the plan (a plan for 2026 dated 2025年12月30日 becomes
 * one for 2027 dated 2026年12月30日).
 */
export function rollClosing(
  plan: PlanClosingFields,
  fromYear: number,
  toYear: number,
): PlanClosingFields {
  const closing = closingFieldsOf(plan)
  if (closing.issuedOn) closing.issuedOn = shiftIssuedDate(closing.issuedOn, toYear - fromYear)
  return closing
}
