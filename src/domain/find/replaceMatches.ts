import type { PlanChange } from '../outline/planChange'
import type { OutlineNode, Plan } from '../outline/types'
import type { FindMatch } from './findInPlan'
import { PREAMBLE_ID } from './findInPlan'
import type { TextRange } from './findInText'
import { replaceInDoc, replaceInTitle } from './replaceInText'

/**
 * One PlanChange that replaces every given match (found on these same rows) with `replacement`:
 * titles and bodies of nodes, and the preamble on the plan row. Marks in bodies are kept.
 */
export function replaceMatches(
  plan: Pick<Plan, 'preamble'>,
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
  for (const [nodeId, ranges] of grouped) {
    if (nodeId === PREAMBLE_ID) {
      if (!plan.preamble || ranges.body.length === 0) continue
      const preamble = replaceInDoc(plan.preamble, ranges.body, replacement)
      change.plan = { before: { preamble: plan.preamble }, after: { preamble } }
      continue
    }
    const node = byId.get(nodeId)
    if (!node) continue
    const after = { ...node }
    if (ranges.title.length) after.title = replaceInTitle(node.title, ranges.title, replacement)
    if (ranges.body.length && node.body)
      after.body = replaceInDoc(node.body, ranges.body, replacement)
    change.updated.push({ before: node, after })
  }
  return change
}
