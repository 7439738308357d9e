import type { YearDifference } from '../../domain/compare/compareYears'
import type { DiffPart } from '../../domain/history/textDiff'
import type { OutlineNode } from '../../domain/outline/types'
import { PREAMBLE_ID } from '../../domain/phrases/planSlots'
import { openTextPlace, revealNode } from '../document/openTextPlace'
import { openPlanInfo } from '../document/planInfoStore'

/** Where the first change stands in this year's text: what was added, or where text went. */
export function firstChange(parts: readonly DiffPart[]): { from: number; to: number } {
  let offset = 0
  for (const part of parts) {
    if (part.type === 'added') return { from: offset, to: offset + part.text.length }
    if (part.type === 'removed') return { from: offset, to: offset }
    offset += part.text.length
  }
  return { from: 0, to: 0 }
}

/**
 * Shows a difference in the document: a changed text opened with its first change selected, an
 * added or moved item selected and scrolled to, a removed one's place (the item it followed).
 */
export function jumpToDifference(item: YearDifference, byId: ReadonlyMap<string, OutlineNode>) {
  const parentOf = (id: string) => byId.get(id)?.parentId
  if (item.place === 'planTitle') {
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    openPlanInfo({ field: 'title', ...firstChange(item.title ?? []) })
    return
  }
  if (item.place === 'preamble') {
    const range = firstChange(item.body ?? [])
    openTextPlace({ nodeId: PREAMBLE_ID, field: 'body' }, () => range)
    return
  }
  if (item.nodeId === null || !byId.has(item.nodeId)) return
  const changed = item.kinds.includes('changed')
  if (changed && (item.body || item.title)) {
    const field = item.title ? 'title' : 'body'
    const range = firstChange((item.title ?? item.body)!)
    openTextPlace({ nodeId: item.nodeId, field }, () => range, { parentOf })
    return
  }
  revealNode(item.nodeId, parentOf)
}
