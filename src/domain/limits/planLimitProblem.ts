import { outlineDepth, type ParentLink } from '../outline/outlineDepth'
import { LIMITS, type LimitName } from './limits'
import { objectNesting } from './objectNesting'

/**
 * The first limit a plan (or template) from outside breaks, or null: too many items, an outline
 * deeper than LIMITS.outlineDepth, a body (or the preamble) nested deeper than LIMITS.bodyNesting.
 * Linear and without recursion, so it is safe to run on anything before the input is walked.
 */
export function planLimitProblem(
  nodes: readonly (ParentLink & { body?: unknown })[],
  preamble?: unknown,
): LimitName | null {
  if (nodes.length > LIMITS.itemsPerPlan) return 'itemsPerPlan'
  if (objectNesting(preamble, LIMITS.bodyNesting) > LIMITS.bodyNesting) return 'bodyNesting'
  for (const node of nodes)
    if (objectNesting(node.body, LIMITS.bodyNesting) > LIMITS.bodyNesting) return 'bodyNesting'
  if (outlineDepth(nodes) > LIMITS.outlineDepth) return 'outlineDepth'
  return null
}
