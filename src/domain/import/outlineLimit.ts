import { LIMITS, type LimitName } from '../limits/limits'
import type { ImportedItem, ImportedOutline } from './types'

/**
 * The limit an imported outline breaks (too many items, too many levels), or null. Counted with a
 * stack of its own, before anything is written.
 */
export function outlineLimit(outline: ImportedOutline): LimitName | null {
  let items = 0
  let deepest = 0
  const stack: { item: ImportedItem; level: number }[] = outline.items.map((item) => ({
    item,
    level: 1,
  }))
  while (stack.length > 0) {
    const { item, level } = stack.pop() as { item: ImportedItem; level: number }
    items++
    if (level > deepest) deepest = level
    for (const child of item.children) stack.push({ item: child, level: level + 1 })
  }
  if (items > LIMITS.itemsPerPlan) return 'itemsPerPlan'
  if (deepest > LIMITS.outlineDepth) return 'outlineDepth'
  return null
}
