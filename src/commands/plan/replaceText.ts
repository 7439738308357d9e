import {
  findInFields,
  findInPlan,
  PREAMBLE_ID,
  type FindMatch,
  type FindQuery,
} from '../../domain/find/findInPlan'
import { planFieldText, planTextField } from '../../domain/find/planTextFields'
import { replaceMatches } from '../../domain/find/replaceMatches'
import type { PlanChange } from '../../domain/outline/planChange'
import { validatePlanFields } from '../../domain/outline/planFields'
import { docText } from '../../domain/outline/richText'
import type { Plan } from '../../domain/outline/types'
import { refuse, type Outcome, type PlanCommand } from '../types'

/** The change, or why not: the plan's title may not become empty or too long. */
function planOutcome(plan: Plan, change: PlanChange): Outcome {
  const problem = change.plan && validatePlanFields({ ...plan, ...change.plan.after })
  return problem ? refuse(`替换后${problem}，未替换`) : { ok: true, change }
}

export interface ReplaceAllArgs {
  query: FindQuery
  replacement: string
  /** Told how many matches were replaced (found again in the plan as written). */
  onCount?: (count: number) => void
}

/**
 * 全部替换: every match in the plan (the plan's title, unit and closing fields, the preamble,
 * item titles and bodies) replaced as one undo step.
 */
export const replaceAllText: PlanCommand<ReplaceAllArgs> = {
  name: 'replaceAllText',
  label: '全部替换',
  undoable: true,
  perform: ({ plan, tree }, { query, replacement, onCount }) => {
    const matches = findInPlan(plan, [...tree.byId.values()], query)
    if (matches.length === 0) return refuse(`没有找到“${query.text}”，未替换`)
    const outcome = planOutcome(plan, replaceMatches(plan, tree.byId, matches, replacement))
    if (outcome.ok) onCount?.(matches.length)
    return outcome
  },
}

export interface ReplaceOneArgs {
  match: FindMatch
  query: FindQuery
  replacement: string
}

/** 替换: the one match shown, if the text there still matches (else nothing changes). */
export const replaceOneText: PlanCommand<ReplaceOneArgs> = {
  name: 'replaceOneText',
  label: '替换',
  undoable: true,
  reads: ({ match }) =>
    match.nodeId === PREAMBLE_ID || planTextField(match.nodeId) ? [] : [match.nodeId],
  perform: ({ plan, tree }, { match, query, replacement }) => {
    const planField = planTextField(match.nodeId)
    const node = tree.byId.get(match.nodeId)
    if (match.nodeId !== PREAMBLE_ID && !planField && !node) return refuse('条目已被删除')
    const text = planField
      ? (planFieldText(plan, planField.key) ?? '')
      : match.field === 'title'
        ? (node?.title ?? '')
        : docText(match.nodeId === PREAMBLE_ID ? plan.preamble : node?.body)
    const found = findInFields([{ nodeId: match.nodeId, field: match.field, text }], query)
    if (!found.some((other) => other.from === match.from && other.to === match.to))
      return refuse('这处文字已经改变，请重新查找')
    return planOutcome(plan, replaceMatches(plan, tree.byId, [match], replacement))
  },
}
