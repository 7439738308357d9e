import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'
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
