import { emptyChange, type PlanChange, type PlanRowFields } from '../outline/planChange'
import type { OutlineNode, Plan, RichDoc, RichNode } from '../outline/types'
import { findSlots } from './slots'

/** The named slots the app knows (any `{{name}}` is a slot; these are filled from the plan). */
export const NAMED_SLOTS = ['单位', '年度', '负责人'] as const
export type NamedSlotName = (typeof NAMED_SLOTS)[number]

/** Values by slot name; a missing or blank value leaves its slots as they are. */
export type NamedSlotValues = Partial<Record<NamedSlotName, string>> &
  Partial<Record<string, string>>

/** The text written for a named slot: `{{单位}}`. */
export function namedSlotText(name: string): string {
  return `{{${name}}}`
}

function valueFor(values: NamedSlotValues, name: string | undefined): string | null {
  if (name === undefined) return null
  const value = values[name]?.trim()
  return value ? value : null
}

/** `text` with every `{{单位}}` / `{{年度}}` / `{{负责人}}` that has a value replaced by it. */
export function fillNamedSlots(text: string, values: NamedSlotValues): string {
  let result = ''
  let cursor = 0
  for (const slot of findSlots(text)) {
    const value = slot.kind === 'named' ? valueFor(values, slot.name) : null
    if (value === null) continue
    result += text.slice(cursor, slot.from) + value
    cursor = slot.to
  }
  return cursor === 0 ? text : result + text.slice(cursor)
}

/** How many named slots `fillNamedSlots` would fill in `text`. */
export function countNamedSlots(text: string, values: NamedSlotValues): number {
  return findSlots(text).filter(
    (slot) => slot.kind === 'named' && valueFor(values, slot.name) !== null,
  ).length
}

// Stands for an inline leaf (hard break) so a slot never spans one.
const LEAF = '\uFFFC'

/**
 * A body with its named slots filled, or the same object when nothing was filled. The value
 * takes the formatting of the slot's first character, without the slot highlight.
 */
export function fillNamedSlotsInDoc<Doc extends RichDoc | null>(
  doc: Doc,
  values: NamedSlotValues,
): Doc {
  if (!doc) return doc
  return fillNode(doc, values) as Doc
}

function fillNode(node: RichNode, values: NamedSlotValues): RichNode {
  const content = node.content
  if (!content || content.length === 0) return node
  const inline = content.some((child) => child.type === 'text' || child.type === 'hardBreak')
  const filled = inline
    ? fillInline(content, values)
    : content.map((child) => fillNode(child, values))
  return filled.every((child, index) => child === content[index]) &&
    filled.length === content.length
    ? node
    : { ...node, content: filled }
}

function fillInline(children: RichNode[], values: NamedSlotValues): RichNode[] {
  const text = children.map((child) => (child.type === 'text' ? (child.text ?? '') : LEAF)).join('')
  const slots = findSlots(text).flatMap((slot) => {
    const value = slot.kind === 'named' ? valueFor(values, slot.name) : null
    return value === null ? [] : [{ from: slot.from, to: slot.to, value }]
  })
  if (slots.length === 0) return children
  const result: RichNode[] = []
  let offset = 0
  for (const child of children) {
    const length = child.type === 'text' ? (child.text ?? '').length : 1
    const start = offset
    offset += length
    if (child.type !== 'text') {
      result.push(child)
      continue
    }
    const own = child.text ?? ''
    let cursor = start
    for (const slot of slots) {
      if (slot.to <= cursor || slot.from >= offset) continue
      if (slot.from > cursor)
        result.push(textLike(child, own.slice(cursor - start, slot.from - start)))
      // The value goes where the slot starts; the rest of the slot is dropped.
      if (slot.from >= start) result.push(textLike(child, slot.value, true))
      cursor = Math.min(slot.to, offset)
    }
    if (cursor < offset) result.push(textLike(child, own.slice(cursor - start)))
  }
  return mergeTexts(result)
}

function textLike(node: RichNode, text: string, filled = false): RichNode {
  const marks = filled ? node.marks?.filter((mark) => mark.type !== 'slot') : node.marks
  const result: RichNode = { ...node, text }
  if (marks && marks.length > 0) result.marks = marks
  else delete result.marks
  return result
}

/** Joins neighbouring text runs with the same marks (ProseMirror keeps them joined). */
function mergeTexts(nodes: RichNode[]): RichNode[] {
  const merged: RichNode[] = []
  for (const node of nodes) {
    if (node.type === 'text' && !node.text) continue
    const last = merged[merged.length - 1]
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    )
      merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') }
    else merged.push(node)
  }
  return merged
}

/** What the plan itself fills: its unit into `{{单位}}`, its year into `{{年度}}`. */
export function planSlotValues(plan: Pick<Plan, 'unit' | 'year'>): NamedSlotValues {
  const values: NamedSlotValues = {}
  if (plan.unit.trim()) values['单位'] = plan.unit.trim()
  if (Number.isInteger(plan.year) && plan.year > 0) values['年度'] = String(plan.year)
  return values
}

/**
 * The change that fills named slots everywhere in a plan: its title, preamble, and every
 * node's title and body. Empty when there is nothing to fill.
 */
export function fillPlanNamedSlots(
  plan: Plan,
  nodes: readonly OutlineNode[],
  values: NamedSlotValues,
): PlanChange {
  const change = emptyChange()
  const title = fillNamedSlots(plan.title, values)
  const preamble = fillNamedSlotsInDoc(plan.preamble, values)
  const before: Partial<PlanRowFields> = {}
  const after: Partial<PlanRowFields> = {}
  if (title !== plan.title) {
    before.title = plan.title
    after.title = title
  }
  if (preamble !== plan.preamble) {
    before.preamble = plan.preamble
    after.preamble = preamble
  }
  if (Object.keys(after).length > 0) change.plan = { before, after }
  for (const node of nodes) {
    const nodeTitle = fillNamedSlots(node.title, values)
    const body = fillNamedSlotsInDoc(node.body, values)
    if (nodeTitle !== node.title || body !== node.body)
      change.updated.push({ before: node, after: { ...node, title: nodeTitle, body } })
  }
  return change
}
