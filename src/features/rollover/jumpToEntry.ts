import { PREAMBLE_ID } from '../../domain/phrases/planSlots'
import { locateEntry, type RolloverEntry } from '../../domain/rollover/rolloverReport'
import { openTextPlace } from '../document/openTextPlace'
import { openPlanInfo } from '../document/planInfoStore'

/** Where the entry's text stands now (what it reads, new or old), or its recorded offset. */
function findNow(text: string, entry: RolloverEntry) {
  for (const written of [entry.replacement, entry.original]) {
    const start = locateEntry(text, entry, written)
    if (start !== null) return { start, end: start + written.length }
  }
  return { start: entry.start, end: entry.start }
}

/** Opens the entry's title or body for editing, scrolls to it and selects the year. */
export function jumpToEntry(entry: RolloverEntry): void {
  const { place } = entry
  if (place.field === 'planTitle') {
    // The plan's title is changed in the plan's form: shown at the top, the form opened there.
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
    const title = document.querySelector('.doc-plan-title')?.textContent ?? ''
    const { start, end } = findNow(title, entry)
    openPlanInfo({ field: 'title', from: start, to: end })
    return
  }
  const nodeId = place.field === 'preamble' ? PREAMBLE_ID : place.nodeId
  openTextPlace({ nodeId, field: place.field === 'title' ? 'title' : 'body' }, (text) => {
    const { start, end } = findNow(text, entry)
    return { from: start, to: end }
  })
}
