import type { PlanChange, PlanRowFields } from '../outline/planChange'
import type { OutlineNode } from '../outline/types'
import type { FindMatch, SearchedPlan } from './findInPlan'
import { PREAMBLE_ID } from './findInPlan'
import { planFieldText, planFieldValue, planTextField } from './planTextFields'
import type { TextRange } from './findInText'
import { replaceInDoc, replaceInTitle } from './replaceInText'

/**
 * One PlanChange that replaces every given match (found on these same rows) with `replacement`:
 * titles and bodies of nodes, and on the plan row the preamble and the plan's text fields
 * (title, unit, …). Marks in bodies are kept.
 */
export function replaceMatches(
  plan: SearchedPlan,
  byId: ReadonlyMap<string, OutlineNode>,
  matches: readonly FindMatch[],
  replacement: string,
): PlanChange {
  const grouped = new Map<string, { title: TextRange[]; body: TextRange[] }>()
  for (const { nodeId, field, from, to } of matches) {
    let entry = grouped.get(nodeId)
    if (!entry) grouped.set(nodeId, (entry = { title: [], body: [] }))
    entry[field].push({ from, to })
  }
  const change: PlanChange = { added: [], updated: [], removed: [] }
  const before: Partial<PlanRowFields> = {}
  const after: Partial<PlanRowFields> = {}
  for (const [nodeId, ranges] of grouped) {
    const planField = planTextField(nodeId)
    if (planField) {
      const { key } = planField
      const text = planFieldText(plan, key)
      if (text === undefined || ranges.title.length === 0) continue
      Object.assign(before, { [key]: plan[key] })
      Object.assign(after, planFieldValue(key, replaceInTitle(text, ranges.title, replacement)))
      continue
    }
    if (nodeId === PREAMBLE_ID) {
      if (!plan.preamble || ranges.body.length === 0) continue
      before.preamble = plan.preamble
      after.preamble = replaceInDoc(plan.preamble, ranges.body, replacement)
      continue
    }
    const node = byId.get(nodeId)
    if (!node) continue
    const updated = { ...node }
    if (ranges.title.length) updated.title = replaceInTitle(node.title, ranges.title, replacement)
    if (ranges.body.length && node.body)
      updated.body = replaceInDoc(node.body, ranges.body, replacement)
    change.updated.push({ before: node, after: updated })
  }
  if (Object.keys(after).length > 0) change.plan = { before, after }
  return change
}
