import { comparePlans } from '../history/comparePlans'
import type { DiffPart } from '../history/textDiff'
import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import { buildTree, flattenTree, type Tree } from '../outline/tree'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { applyTextEdits } from '../rollover/richEdits'
import { rollYears } from '../rollover/rollYears'
import { matchNodes, type MatchReason } from './matchNodes'

/** A plan as compared: its row (year and numbering matter) and its node rows. */
export interface ComparedPlan {
  plan: Pick<Plan, 'title' | 'preamble' | 'numbering' | 'year'>
  nodes: readonly OutlineNode[]
}

export type DifferenceKind = 'added' | 'removed' | 'moved' | 'changed'

export const DIFFERENCE_KINDS: readonly DifferenceKind[] = ['added', 'removed', 'moved', 'changed']

export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  added: '新增',
  removed: '删除',
  moved: '移动',
  changed: '修改',
}

/** One difference between last year's plan and this year's, in this year's document order. */
export interface YearDifference {
  key: string
  /** 'added' or 'removed' alone; an item kept may be 'moved', 'changed' or both. */
  kinds: DifferenceKind[]
  /** The plan's own title or preamble, or an item. */
  place: 'planTitle' | 'preamble' | 'item'
  /** This year's item; for a removed one, the item it followed (where it was), if any. */
  nodeId: string | null
  /** Last year's item (removed, moved, changed). */
  oldNodeId: string | null
  /** Number and title last year and this year. */
  oldLabel: string | null
  newLabel: string | null
  /** Marked text of a changed title or body (last year's text with its years rolled on). */
  title: DiffPart[] | null
  body: DiffPart[] | null
  /** How a kept item was paired with last year's. */
  matchedBy: MatchReason | null
}

export interface YearComparison {
  items: YearDifference[]
  counts: Record<DifferenceKind, number>
}

/** Last year's text as it would read this year: the years a roll-over moves on, moved on. */
function yearRoller(fromYear: number, toYear: number) {
  const active = toYear > fromYear
  const years = { fromYear, toYear }
  const title = (text: string) => (active ? rollYears(text, years).text : text)
  const body = (doc: RichDoc | null): RichDoc | null => {
    if (!active || !doc) return doc
    const edits = rollYears(docText(doc), years).replaced.map(({ start, end, replacement }) => ({
      start,
      end,
      text: replacement,
    }))
    return edits.length ? applyTextEdits(doc, edits) : doc
  }
  return { title, body }
}

/** Longest increasing run of `values` (by position): the items that kept their order. */
function keptInOrder(values: readonly number[]): Set<number> {
  const tails: number[] = []
  const previous: number[] = []
  values.forEach((value, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]] < value) low = middle + 1
      else high = middle
    }
    previous[index] = low > 0 ? tails[low - 1] : -1
    tails[low] = index
  })
  const kept = new Set<number>()
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]) kept.add(index)
  return kept
}

/**
 * Kept items that moved: under another parent than last year, or out of order among the kept
 * items of the same parent (the fewest such, so one item moved up is one move, not several).
 */
function movedItems(oldTree: Tree, newTree: Tree, oldOf: Map<string, string>): Set<string> {
  const moved = new Set<string>()
  const newOf = new Map([...oldOf].map(([now, old]) => [old, now]))
  const oldIndex = new Map<string, number>()
  for (const siblings of oldTree.childrenOf.values())
    siblings.forEach((node, index) => oldIndex.set(node.id, index))
  for (const [parentId, siblings] of newTree.childrenOf) {
    const stayed: string[] = []
    for (const node of siblings) {
      const oldId = oldOf.get(node.id)
      if (oldId === undefined) continue
      const oldParent = oldTree.byId.get(oldId)?.parentId ?? null
      const parentNow = oldParent === null ? null : (newOf.get(oldParent) ?? undefined)
      if (parentNow !== parentId) moved.add(node.id)
      else stayed.push(node.id)
    }
    const order = stayed.map((id) => oldIndex.get(oldOf.get(id)!)!)
    const kept = keptInOrder(order)
    stayed.forEach((id, index) => {
      if (!kept.has(index)) moved.add(id)
    })
  }
  return moved
}

function labeller(tree: Tree, plan: ComparedPlan['plan']) {
  const numbers = computeNumbers(tree, plan.numbering)
  return (id: string | null) => {
    if (id === null) return null
    const node = tree.byId.get(id)
    return node ? `${numbers.get(id) ?? ''}${node.title}` : null
  }
}

/**
 * 与上一年对比: last year's plan against this year's, item by item. Items are paired by lineage or
 * title (matchNodes); then the history's node-by-node comparison (comparePlans) tells added,
 * removed and changed, with last year's years rolled on first, so the roll-over itself is no
 * change; kept items out of place are moved. Removed items stand after the item they followed.
 */
export function compareWithLastYear(last: ComparedPlan, current: ComparedPlan): YearComparison {
  const roll = yearRoller(last.plan.year, current.plan.year)
  const oldTree = buildTree(last.nodes)
  const newTree = buildTree(current.nodes)
  const oldRows = flattenTree(oldTree)
  const newRows = flattenTree(newTree)
  const { oldOf, newOf, reason } = matchNodes(oldRows, newRows, roll.title)

  // Last year's rows under this year's ids where paired, so comparePlans compares by id.
  const usedIds = new Set(current.nodes.map((node) => node.id))
  const oldKey = (id: string) => {
    const paired = newOf.get(id)
    if (paired !== undefined) return paired
    let key = `上一年:${id}`
    while (usedIds.has(key)) key += '′'
    return key
  }
  const unkey = new Map<string, string>()
  const renamed: OutlineNode[] = last.nodes.map((node) => {
    const id = oldKey(node.id)
    unkey.set(id, node.id)
    return {
      ...node,
      id,
      parentId: node.parentId === null ? null : oldKey(node.parentId),
      title: roll.title(node.title),
      body: roll.body(node.body),
    }
  })
  const history = comparePlans(
    {
      plan: {
        ...last.plan,
        title: roll.title(last.plan.title),
        preamble: roll.body(last.plan.preamble),
      },
      nodes: renamed,
    },
    current,
  )

  const moved = movedItems(oldTree, newTree, oldOf)
  const oldLabel = labeller(oldTree, last.plan)
  const newLabel = labeller(newTree, current.plan)
  const position = new Map(newRows.map((row, index) => [row.node.id, index]))
  // Where a removed item goes: after its last kept elder sibling (and that one's items), else
  // first under its kept parent, else with its removed parent.
  const subtreeEnd = new Map<string, number>()
  const open: { id: string; level: number }[] = []
  newRows.forEach((row, index) => {
    while (open.length && open.at(-1)!.level >= row.level) open.pop()
    open.push({ id: row.node.id, level: row.level })
    for (const ancestor of open) subtreeEnd.set(ancestor.id, index)
  })
  const removedAt = new Map<string, { at: number; after: string | null; order: number }>()
  oldRows.forEach(({ node }, order) => {
    if (newOf.has(node.id)) return
    const siblings = oldTree.childrenOf.get(node.parentId ?? null) ?? []
    const elder = siblings
      .slice(0, siblings.indexOf(node))
      .findLast((sibling) => newOf.has(sibling.id))
    const parent = node.parentId === null ? null : node.parentId
    if (elder) {
      const after = newOf.get(elder.id)!
      removedAt.set(node.id, { at: subtreeEnd.get(after)! + 0.5, after, order })
    } else if (parent !== null && newOf.has(parent)) {
      const after = newOf.get(parent)!
      removedAt.set(node.id, { at: position.get(after)! + 0.5, after, order })
    } else {
      const removedParent = parent === null ? undefined : removedAt.get(parent)
      removedAt.set(node.id, {
        at: removedParent?.at ?? -1,
        after: removedParent?.after ?? null,
        order,
      })
    }
  })

  const sorted: { at: number; tie: number; item: YearDifference }[] = []
  const seen = new Set<string>()
  const base = (nodeId: string): Omit<YearDifference, 'key' | 'kinds'> => {
    const oldId = oldOf.get(nodeId) ?? null
    return {
      place: 'item',
      nodeId,
      oldNodeId: oldId,
      oldLabel: oldLabel(oldId),
      newLabel: newLabel(nodeId),
      title: null,
      body: null,
      matchedBy: reason.get(nodeId) ?? null,
    }
  }
  for (const entry of history.items) {
    if (entry.kind === 'removed') {
      const oldId = unkey.get(entry.id) ?? entry.id
      const at = removedAt.get(oldId) ?? { at: -1, after: null, order: 0 }
      sorted.push({
        at: at.at,
        tie: at.order,
        item: {
          key: `removed:${oldId}`,
          kinds: ['removed'],
          place: 'item',
          nodeId: at.after,
          oldNodeId: oldId,
          oldLabel: oldLabel(oldId),
          newLabel: null,
          title: null,
          body: null,
          matchedBy: null,
        },
      })
      continue
    }
    seen.add(entry.id)
    const kinds: DifferenceKind[] =
      entry.kind === 'added' ? ['added'] : moved.has(entry.id) ? ['moved', 'changed'] : ['changed']
    sorted.push({
      at: position.get(entry.id) ?? 0,
      tie: 0,
      item: {
        ...base(entry.id),
        key: `${entry.kind}:${entry.id}`,
        kinds,
        title: entry.title,
        body: entry.body,
      },
    })
  }
  for (const id of moved) {
    if (seen.has(id)) continue
    sorted.push({
      at: position.get(id) ?? 0,
      tie: 0,
      item: { ...base(id), key: `moved:${id}`, kinds: ['moved'] },
    })
  }
  sorted.sort((a, b) => a.at - b.at || a.tie - b.tie)

  const items: YearDifference[] = []
  const planField = (place: 'planTitle' | 'preamble', parts: DiffPart[] | null) => {
    if (!parts) return
    items.push({
      key: place,
      kinds: ['changed'],
      place,
      nodeId: null,
      oldNodeId: null,
      oldLabel: null,
      newLabel: null,
      title: place === 'planTitle' ? parts : null,
      body: place === 'preamble' ? parts : null,
      matchedBy: null,
    })
  }
  planField('planTitle', history.planTitle)
  planField('preamble', history.preamble)
  items.push(...sorted.map((entry) => entry.item))

  const counts = { added: 0, removed: 0, moved: 0, changed: 0 }
  for (const item of items) for (const kind of item.kinds) counts[kind]++
  return { items, counts }
}
