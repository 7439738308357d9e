import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import { buildTree, flattenTree } from '../outline/tree'
import type { OutlineNode, Plan } from '../outline/types'
import { findSlots, type Slot, type SlotKind } from './slots'

/** The editing id of the plan's preamble (as in the editor store). */
export const PREAMBLE_ID = 'preamble'
/** The plan's own title (edited in the plan's form, not in the document). */
export const PLAN_TITLE_ID = 'planTitle'

/** One unfilled slot in a plan. */
export interface PlanSlot {
  /** A node id, 'preamble', or 'planTitle' (the plan's own title). */
  nodeId: string
  field: 'title' | 'body'
  /** Index among the slots of that field (document order). */
  index: number
  /** Character offsets of the slot in the field's plain text. */
  from: number
  to: number
  /** The slot as written: `xx`, `{{单位}}`. */
  text: string
  kind: SlotKind
  /** For a named slot, its name (`单位`). */
  name?: string
  /** Where it is, for the list: "二、（一）维护职工权益 · 正文". */
  where: string
  /** A few characters around the slot. */
  context: string
}

/** The text being typed in the live editor, newer than what is stored. */
export interface LiveText {
  /** A node id, or 'preamble'. */
  nodeId: string
  /** Its body's plain text (paragraphs joined by newlines). */
  text: string
}

interface FieldSlots {
  text: string
  slots: Slot[]
}

/**
 * Slots per node, kept while the node's `rev` and title are the same, so recounting a plan of
 * 2,000 nodes on a keystroke looks at one body, not all of them.
 */
export class SlotCache {
  private entries = new Map<
    string,
    { rev: number | undefined; title: FieldSlots; body: FieldSlots }
  >()

  of(node: OutlineNode): { title: FieldSlots; body: FieldSlots } {
    const cached = this.entries.get(node.id)
    if (
      cached &&
      node.rev !== undefined &&
      cached.rev === node.rev &&
      cached.title.text === node.title
    )
      return cached
    const bodyText = docText(node.body)
    const entry = {
      rev: node.rev,
      title: { text: node.title, slots: findSlots(node.title) },
      body: { text: bodyText, slots: findSlots(bodyText) },
    }
    this.entries.set(node.id, entry)
    return entry
  }

  /** Forgets nodes no longer in the plan (deleted, or another plan's). */
  keepOnly(nodes: readonly OutlineNode[]): void {
    if (this.entries.size <= nodes.length) return
    const ids = new Set(nodes.map((node) => node.id))
    for (const id of this.entries.keys()) if (!ids.has(id)) this.entries.delete(id)
  }
}

export interface PlanSlotOptions {
  cache?: SlotCache
  live?: LiveText | null
}

function bodySlots(
  nodeId: string,
  stored: () => FieldSlots,
  live: LiveText | null | undefined,
): FieldSlots {
  if (live?.nodeId !== nodeId) return stored()
  return { text: live.text, slots: findSlots(live.text) }
}

const fresh = (text: string): FieldSlots => ({ text, slots: findSlots(text) })

/** How many slots a plan has: fast (cached per node), for the status bar on every keystroke. */
export function countPlanSlots(
  plan: Plan,
  nodes: readonly OutlineNode[],
  { cache = new SlotCache(), live }: PlanSlotOptions = {},
): number {
  let count = findSlots(plan.title).length
  count += bodySlots(PREAMBLE_ID, () => fresh(docText(plan.preamble)), live).slots.length
  for (const node of nodes) {
    const entry = cache.of(node)
    count += entry.title.slots.length + bodySlots(node.id, () => entry.body, live).slots.length
  }
  cache.keepOnly(nodes)
  return count
}

/**
 * Every unfilled slot of a plan, in document order: the plan's title, its preamble, then each
 * node's title and body.
 */
export function listPlanSlots(
  plan: Plan,
  nodes: readonly OutlineNode[],
  { cache = new SlotCache(), live }: PlanSlotOptions = {},
): PlanSlot[] {
  const slots: PlanSlot[] = []
  const collect = (nodeId: string, field: PlanSlot['field'], found: FieldSlots, where: string) =>
    found.slots.forEach((slot, index) =>
      slots.push({
        nodeId,
        field,
        index,
        from: slot.from,
        to: slot.to,
        text: slot.text,
        kind: slot.kind,
        ...(slot.name !== undefined && { name: slot.name }),
        where,
        context: contextOf(found.text, slot.from, slot.to),
      }),
    )
  collect(PLAN_TITLE_ID, 'title', fresh(plan.title), '计划标题')
  collect(
    PREAMBLE_ID,
    'body',
    bodySlots(PREAMBLE_ID, () => fresh(docText(plan.preamble)), live),
    '开头段落',
  )
  const tree = buildTree(nodes)
  const numbers = computeNumbers(tree, plan.numbering)
  for (const { node } of flattenTree(tree)) {
    const name = `${numbers.get(node.id) ?? ''}${node.title || '（未命名）'}`
    const entry = cache.of(node)
    collect(node.id, 'title', entry.title, `${name} · 标题`)
    collect(
      node.id,
      'body',
      bodySlots(node.id, () => entry.body, live),
      `${name} · 正文`,
    )
  }
  cache.keepOnly(nodes)
  return slots
}

/** Slots with the same text (named slots: the same name), as the slot panel lists them. */
export interface SlotGroup {
  /** `{{单位}}` for a named slot, else the text as written: `xx`, `20xx`. */
  label: string
  kind: SlotKind
  name?: string
  slots: PlanSlot[]
}

/** The slots grouped by text: named slots first (they can be filled at once), then in order. */
export function groupPlanSlots(slots: readonly PlanSlot[]): SlotGroup[] {
  const groups = new Map<string, SlotGroup>()
  for (const slot of slots) {
    const label = slot.kind === 'named' ? `{{${slot.name}}}` : slot.text
    const group = groups.get(label)
    if (group) group.slots.push(slot)
    else
      groups.set(label, {
        label,
        kind: slot.kind,
        ...(slot.name !== undefined && { name: slot.name }),
        slots: [slot],
      })
  }
  const all = [...groups.values()]
  return [
    ...all.filter((group) => group.kind === 'named'),
    ...all.filter((group) => group.kind !== 'named'),
  ]
}

const CONTEXT = 10

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
