import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'
import { buildTree } from './tree'
import type { OutlineNode } from './types'

/** A key that sorts between two siblings (either may be missing: start or end of the list). */
export function keyBetween(before: OutlineNode | undefined, after: OutlineNode | undefined) {
  return generateKeyBetween(before?.orderKey ?? null, after?.orderKey ?? null)
}

export function keysBetween(
  before: OutlineNode | undefined,
  after: OutlineNode | undefined,
  count: number,
): string[] {
  return generateNKeysBetween(before?.orderKey ?? null, after?.orderKey ?? null, count)
}

/**
 * Whether fractional-indexing accepts `key` (and can still put a key after it). `a000010` is
 * refused, for one: a key's fraction may not end in 0, and an insert next to it would throw.
 */
export function isValidOrderKey(key: string): boolean {
  let valid = checkedKeys.get(key)
  if (valid === undefined) {
    try {
      generateKeyBetween(key, null)
      valid = true
    } catch {
      valid = false
    }
    // Bounded: a plan's keys repeat across its sibling lists (10,020 items of XL: ~100 keys).
    if (checkedKeys.size >= CHECKED_KEYS_MAX) checkedKeys.clear()
    checkedKeys.set(key, valid)
  }
  return valid
}

/**
 * Keys already checked. The projection of a plan's document checks every key after each move;
 * fractional-indexing's check (a key made after it, or a throw) costs ~1 µs per key and 10,000
 * keys per move on XL.
 */
const checkedKeys = new Map<string, boolean>()
const CHECKED_KEYS_MAX = 50_000

/**
 * The nodes with usable order keys: each list of siblings whose keys are not all valid and
 * strictly increasing gets fresh keys in the order it shows now (keys, then ids, as the tree
 * sorts). Rows that need nothing are returned as they are. For rows from outside (plan files).
 */
export function repairOrderKeys(nodes: readonly OutlineNode[]): OutlineNode[] {
  const fresh = new Map<string, string>()
  for (const siblings of buildTree(nodes).childrenOf.values()) {
    const usable = siblings.every(
      (node, index) =>
        isValidOrderKey(node.orderKey) &&
        (index === 0 || siblings[index - 1].orderKey < node.orderKey),
    )
    if (usable) continue
    const keys = generateNKeysBetween(null, null, siblings.length)
    siblings.forEach((node, index) => fresh.set(node.id, keys[index]))
  }
  if (fresh.size === 0) return [...nodes]
  return nodes.map((node) => {
    const orderKey = fresh.get(node.id)
    return orderKey === undefined ? node : { ...node, orderKey }
  })
}
