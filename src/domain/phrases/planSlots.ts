import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import { buildTree, flattenTree } from '../outline/tree'
import type { OutlineNode, Plan } from '../outline/types'
import { findSlots } from './slots'

/** The editing id of the plan's preamble (as in the editor store). */
export const PREAMBLE_ID = 'preamble'

/** One unfilled `××` in a plan. */
export interface PlanSlot {
  /** A node id, or 'preamble'. */
  nodeId: string
  field: 'title' | 'body'
  /** Index among the slots of that field (document order). */
  index: number
  /** Character offsets of the slot in the field's plain text. */
  from: number
  to: number
  /** Where it is, for the list: "二、（一）维护职工权益 · 正文". */
  where: string
  /** A few characters around the slot. */
  context: string
}

const CONTEXT = 10

/** Every unfilled slot of a plan, in document order: preamble, then each node's title and body. */
export function listPlanSlots(plan: Plan, nodes: readonly OutlineNode[]): PlanSlot[] {
  const slots: PlanSlot[] = []
  const collect = (nodeId: string, field: PlanSlot['field'], text: string, where: string) =>
    findSlots(text).forEach((slot, index) =>
      slots.push({
        nodeId,
        field,
        index,
        from: slot.from,
        to: slot.to,
        where,
        context: contextOf(text, slot.from, slot.to),
      }),
    )
  collect(PREAMBLE_ID, 'body', docText(plan.preamble), '开头段落')
  const tree = buildTree(nodes)
  const numbers = computeNumbers(tree, plan.numbering)
  for (const { node } of flattenTree(tree)) {
    const name = `${numbers.get(node.id) ?? ''}${node.title || '（未命名）'}`
    collect(node.id, 'title', node.title, `${name} · 标题`)
    collect(node.id, 'body', docText(node.body), `${name} · 正文`)
  }
  return slots
}

function contextOf(text: string, from: number, to: number): string {
  const line = (part: string) => part.replace(/\n/g, ' ')
  const before = text.slice(Math.max(0, from - CONTEXT), from)
  const after = text.slice(to, to + CONTEXT)
  return (
    (from > CONTEXT ? '…' : '') +
    line(before) +
    text.slice(from, to) +
    line(after) +
    (to + CONTEXT < text.length ? '…' : '')
  )
}
