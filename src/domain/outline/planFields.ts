import { countCharacters } from './charCount'
import { closingProblem, closingText, type PlanClosingFields } from './planClosing'
import { docText } from './richText'
import type { OutlineNode, Plan } from './types'

export const TITLE_MAX_LENGTH = 200

/** A plan's title, unit and year as the user typed them; returns a message in Chinese or null. */
export function validatePlanFields(
  fields: { title: string; unit: string; year: number } & PlanClosingFields,
) {
  const title = fields.title.trim()
  if (title === '') return '计划标题不能为空'
  if (title.length > TITLE_MAX_LENGTH) return `计划标题不能超过 ${TITLE_MAX_LENGTH} 个字`
  if (!Number.isInteger(fields.year) || fields.year < 1949 || fields.year > 2200)
    return '年度应为 1949 到 2200 之间的年份'
  return closingProblem(fields)
}

/** Characters of one node (title and body), as Word counts them. */
export function nodeCharacters(node: Pick<OutlineNode, 'title' | 'body'>): number {
  return countCharacters(node.title) + countCharacters(docText(node.body))
}

/** The plan's own text as counted: title, preamble and the closing fields (主送, 附件说明, 落款, 成文日期). */
export type CountedPlanFields = Pick<Plan, 'title' | 'preamble' | 'unit'> & PlanClosingFields

/** Characters of the plan's own fields, without its items. */
export function planOwnCharacters(plan: CountedPlanFields): number {
  return (
    countCharacters(plan.title) +
    countCharacters(docText(plan.preamble)) +
    countCharacters(closingText(plan))
  )
}

/** Characters of the whole plan: its own fields (title, preamble, closing) and every node. */
export function planCharacters(plan: CountedPlanFields, nodes: OutlineNode[]) {
  return planOwnCharacters(plan) + nodes.reduce((sum, node) => sum + nodeCharacters(node), 0)
}
