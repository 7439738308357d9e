import { closingFieldsOf } from '../outline/planClosing'
import type { OutlineNode, Plan } from '../outline/types'

/** A plan with its rows, as a backup or the database holds it. */
export interface PlanWithRows {
  plan: Plan
  nodes: readonly OutlineNode[]
}

/** JSON with object keys sorted (a body read back from a file may list them in another order). */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  )
}

/** What the user wrote and chose, without ids, times or caches. */
function planContent({ plan }: PlanWithRows): string {
  return stable({
    title: plan.title,
    unit: plan.unit,
    year: plan.year,
    numbering: plan.numbering,
    preamble: plan.preamble,
    keptYears: plan.keptYears ?? [],
    closing: closingFieldsOf(plan),
    trashed: plan.deletedAt !== undefined,
  })
}

/** The rows in reading order, each as its depth, title and body: the tree without its ids. */
function rowsContent({ nodes }: PlanWithRows): string {
  const children = new Map<string | null, OutlineNode[]>()
  for (const node of nodes) {
    const list = children.get(node.parentId)
    if (list) list.push(node)
    else children.set(node.parentId, [node])
  }
  for (const list of children.values())
    list.sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0))
  const lines: string[] = []
  const walk = (parentId: string | null, depth: number) => {
    for (const node of children.get(parentId) ?? []) {
      lines.push(stable([depth, node.title, node.body]))
      walk(node.id, depth + 1)
    }
  }
  walk(null, 0)
  // Rows not reachable from the top (a broken tree) still count, so two such plans differ.
  return `${nodes.length}\n${lines.join('\n')}`
}

/**
 * Whether two plans are the same plan as the user sees it: the same title, unit, year,
 * numbering, preamble and kept years, in the library or both in the trash, and the same items
 * (titles and bodies) in the same tree — whatever their ids, order keys and edit times.
 */
export function isSamePlan(a: PlanWithRows, b: PlanWithRows): boolean {
  if (a.nodes.length !== b.nodes.length || a.plan.title !== b.plan.title) return false
  return planContent(a) === planContent(b) && rowsContent(a) === rowsContent(b)
}
