import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import { buildTree, flattenTree } from '../outline/tree'
import type { OutlineNode, Plan } from '../outline/types'
import { diffText, type DiffPart } from './textDiff'

/** A plan as compared: its row and node rows. */
export interface PlanVersion {
  plan: Pick<Plan, 'title' | 'preamble' | 'numbering'>
  nodes: readonly OutlineNode[]
}

/** One item that differs between an old version and the new one. */
export interface ItemDifference {
  id: string
  kind: 'added' | 'removed' | 'changed'
  /** Number and title in the old version (removed, changed) and in the new one (added, changed). */
  oldLabel: string | null
  newLabel: string | null
  /** Marked text, only for a changed title or body. */
  title: DiffPart[] | null
  body: DiffPart[] | null
}

export interface PlanComparison {
  /** The plan's own title and preamble, when they differ. */
  planTitle: DiffPart[] | null
  preamble: DiffPart[] | null
  items: ItemDifference[]
}

const changedText = (before: string, after: string) =>
  before === after ? null : diffText(before, after)

function labelled(version: PlanVersion) {
  const tree = buildTree(version.nodes)
  const numbers = computeNumbers(tree, version.plan.numbering)
  const rows = flattenTree(tree).map((row) => row.node)
  const label = (node: OutlineNode) => `${numbers.get(node.id) ?? ''}${node.title}`
  return { rows, byId: tree.byId, label }
}

/**
 * Node-by-node comparison (by id) of an old version with a new one: added, removed and changed
 * (title or body text) items, in the new version's order, each removed item after the item it
 * followed in the old one.
 */
export function comparePlans(before: PlanVersion, after: PlanVersion): PlanComparison {
  const old = labelled(before)
  const now = labelled(after)
  const removedAfter = new Map<string | null, ItemDifference[]>()
  let previousKept: string | null = null
  for (const node of old.rows) {
    if (now.byId.has(node.id)) {
      previousKept = node.id
      continue
    }
    const entry: ItemDifference = {
      id: node.id,
      kind: 'removed',
      oldLabel: old.label(node),
      newLabel: null,
      title: null,
      body: null,
    }
    const list = removedAfter.get(previousKept)
    if (list) list.push(entry)
    else removedAfter.set(previousKept, [entry])
  }

  const items: ItemDifference[] = [...(removedAfter.get(null) ?? [])]
  for (const node of now.rows) {
    const was = old.byId.get(node.id)
    if (!was)
      items.push({
        id: node.id,
        kind: 'added',
        oldLabel: null,
        newLabel: now.label(node),
        title: null,
        body: null,
      })
    else {
      const title = changedText(was.title, node.title)
      const body = changedText(docText(was.body), docText(node.body))
      if (title || body)
        items.push({
          id: node.id,
          kind: 'changed',
          oldLabel: old.label(was),
          newLabel: now.label(node),
          title,
          body,
        })
    }
    items.push(...(removedAfter.get(node.id) ?? []))
  }
  return {
    planTitle: changedText(before.plan.title, after.plan.title),
    preamble: changedText(docText(before.plan.preamble), docText(after.plan.preamble)),
    items,
  }
}
