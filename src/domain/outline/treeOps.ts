import { keyBetween, keysBetween } from './orderKeys'
import { childrenOf, isDescendantOrSelf, subtreeOf, type Tree } from './tree'
import { emptyChange, type PlanChange } from './planChange'
import type { OutlineNode } from './types'
import { LIMITS } from '../limits/limits'

/** A refused operation carries a message for the user (in Chinese). */
export type OpResult =
  { ok: true; change: PlanChange; focusId?: string } | { ok: false; reason: string }

const refuse = (reason: string): OpResult => ({ ok: false, reason })
const done = (change: PlanChange, focusId?: string): OpResult => ({ ok: true, change, focusId })

/** Where a node goes: under `parentId`, at `index` among the children as they are now. */
export interface TreePosition {
  parentId: string | null
  index: number
}

function update(patch: PlanChange, before: OutlineNode, changes: Partial<OutlineNode>) {
  patch.updated.push({ before, after: { ...before, ...changes } })
}

/** The level of a node (a chapter is 1), or 0 for the plan's top (null). */
function levelOf(tree: Tree, id: string | null): number {
  let level = 0
  for (let at = id; at !== null && level <= tree.byId.size; level++)
    at = tree.byId.get(at)?.parentId ?? null
  return level
}

/** Levels a node's subtree spans (a leaf spans 1), without recursion. */
function heightOf(tree: Tree, id: string): number {
  let height = 0
  const stack: [string, number][] = [[id, 1]]
  while (stack.length > 0) {
    const [at, depth] = stack.pop() as [string, number]
    height = Math.max(height, depth)
    for (const child of childrenOf(tree, at)) stack.push([child.id, depth + 1])
  }
  return height
}

const TOO_DEEP = `大纲最多 ${LIMITS.outlineDepth} 级，不能再往下`

/** Insert a new node (already carrying id, planId, title, body) at a position. */
export function insertNode(
  tree: Tree,
  node: Omit<OutlineNode, 'parentId' | 'orderKey'>,
  position: TreePosition,
): OpResult {
  if (position.parentId !== null && !tree.byId.has(position.parentId))
    return refuse('找不到要插入的位置')
  if (levelOf(tree, position.parentId) + 1 > LIMITS.outlineDepth) return refuse(TOO_DEEP)
  const siblings = childrenOf(tree, position.parentId)
  const index = Math.max(0, Math.min(position.index, siblings.length))
  const orderKey = keyBetween(siblings[index - 1], siblings[index])
  const patch = emptyChange()
  patch.added.push({ ...node, parentId: position.parentId, orderKey })
  return done(patch, node.id)
}

/** The position right after a node, among its siblings. */
export function positionAfter(tree: Tree, id: string): TreePosition | null {
  const node = tree.byId.get(id)
  if (!node) return null
  const index = childrenOf(tree, node.parentId).findIndex((sibling) => sibling.id === id)
  return { parentId: node.parentId, index: index + 1 }
}

/** The position as the last child of a node. */
export function positionLastChild(tree: Tree, id: string): TreePosition {
  return { parentId: id, index: childrenOf(tree, id).length }
}

/**
 * Move nodes (each with its subtree) to a position. Ids keep their document order.
 * Refuses a move into the moved nodes' own subtree.
 */
export function moveNodes(tree: Tree, ids: readonly string[], target: TreePosition): OpResult {
  const moving = ids.map((id) => tree.byId.get(id)).filter((node) => node !== undefined)
  if (moving.length === 0) return refuse('没有要移动的条目')
  if (target.parentId !== null) {
    if (!tree.byId.has(target.parentId)) return refuse('找不到目标位置')
    if (moving.some((node) => isDescendantOrSelf(tree, target.parentId as string, node.id)))
      return refuse('不能把条目移动到它自己的下级中')
  }
  const base = levelOf(tree, target.parentId)
  if (moving.some((node) => base + heightOf(tree, node.id) > LIMITS.outlineDepth))
    return refuse(TOO_DEEP)
  const movingIds = new Set(moving.map((node) => node.id))
  const siblings = childrenOf(tree, target.parentId)
  // Neighbours at the drop point, skipping the nodes that move away.
  const before = siblings
    .slice(0, target.index)
    .filter((node) => !movingIds.has(node.id))
    .at(-1)
  const after = siblings.slice(target.index).find((node) => !movingIds.has(node.id))
  // Already exactly there: nothing to do.
  const start = before ? siblings.indexOf(before) + 1 : 0
  const between = siblings.slice(start, after ? siblings.indexOf(after) : siblings.length)
  if (between.length === moving.length && between.every((node, i) => node === moving[i]))
    return done(emptyChange(), moving[0].id)
  const keys = keysBetween(before, after, moving.length)
  const patch = emptyChange()
  moving.forEach((node, order) =>
    update(patch, node, { parentId: target.parentId, orderKey: keys[order] }),
  )
  return done(patch, moving[0].id)
}

/** Tab: the node becomes the last child of its previous sibling. */
export function indentNode(tree: Tree, id: string): OpResult {
  const node = tree.byId.get(id)
  if (!node) return refuse('找不到该条目')
  const siblings = childrenOf(tree, node.parentId)
  const index = siblings.findIndex((sibling) => sibling.id === id)
  if (index <= 0) return refuse('第一个条目不能降级：上方没有可归属的条目')
  const newParent = siblings[index - 1]
  return moveNodes(tree, [id], positionLastChild(tree, newParent.id))
}

/** Shift+Tab: the node moves up a level, right after its parent; its later siblings stay put. */
export function outdentNode(tree: Tree, id: string): OpResult {
  const node = tree.byId.get(id)
  if (!node) return refuse('找不到该条目')
  if (node.parentId === null) return refuse('已是最高一级，不能再升级')
  const position = positionAfter(tree, node.parentId)
  if (!position) return refuse('找不到上级条目')
  return moveNodes(tree, [id], position)
}

/** Alt+↑ / Alt+↓: swap with the previous / next sibling, subtree and all. */
export function moveNodeBy(tree: Tree, id: string, offset: -1 | 1): OpResult {
  const node = tree.byId.get(id)
  if (!node) return refuse('找不到该条目')
  const siblings = childrenOf(tree, node.parentId)
  const index = siblings.findIndex((sibling) => sibling.id === id)
  const targetIndex = index + offset
  if (targetIndex < 0) return refuse('已在最前面')
  if (targetIndex >= siblings.length) return refuse('已在最后面')
  return moveNodes(tree, [id], {
    parentId: node.parentId,
    index: offset === 1 ? targetIndex + 1 : targetIndex,
  })
}

/** Delete a node and everything under it. */
export function deleteSubtree(tree: Tree, id: string): OpResult {
  const removed = subtreeOf(tree, id)
  if (removed.length === 0) return refuse('找不到该条目')
  const patch = emptyChange()
  patch.removed.push(...removed)
  // Focus goes to the next sibling, else the previous one, else the parent.
  const node = removed[0]
  const siblings = childrenOf(tree, node.parentId)
  const index = siblings.indexOf(node)
  const focus = siblings[index + 1] ?? siblings[index - 1] ?? tree.byId.get(node.parentId ?? '')
  return done(patch, focus?.id)
}

/** Copy a node with its subtree right after the original. `newId` makes ids (tests pass a counter). */
export function duplicateSubtree(tree: Tree, id: string, newId: () => string): OpResult {
  const original = tree.byId.get(id)
  if (!original) return refuse('找不到该条目')
  const position = positionAfter(tree, id)
  if (!position) return refuse('找不到该条目')
  const siblings = childrenOf(tree, original.parentId)
  const idMap = new Map<string, string>()
  const patch = emptyChange()
  for (const node of subtreeOf(tree, id)) {
    const copyId = newId()
    idMap.set(node.id, copyId)
    const isRoot = node.id === id
    patch.added.push({
      ...node,
      id: copyId,
      parentId: isRoot ? node.parentId : (idMap.get(node.parentId as string) as string),
      orderKey: isRoot ? keyBetween(original, siblings[position.index]) : node.orderKey,
    })
  }
  return done(patch, idMap.get(id))
}
