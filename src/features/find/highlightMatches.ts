import { PREAMBLE_ID, type FindMatch } from '../../domain/find/findInPlan'
import { planTextField } from '../../domain/find/planTextFields'
import { docNodeId } from '../../ui/domIds'

/** At most this many matches around the current one are painted (the rest as they come near). */
const PAINTED = 200

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void
  delete: (name: string) => void
}
// The CSS Custom Highlight API: paints ranges without touching the DOM (or the live editor).
const registry = () =>
  (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights
const HighlightClass = () =>
  (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight

function fieldElement(match: FindMatch): HTMLElement | null {
  const planField = planTextField(match.nodeId)
  if (planField)
    return document.querySelector<HTMLElement>(`.document [data-plan-field="${planField.key}"]`)
  const section =
    match.nodeId === PREAMBLE_ID
      ? document.querySelector<HTMLElement>('.doc-preamble')
      : document.getElementById(docNodeId(match.nodeId))
  if (!section) return null
  return section.querySelector<HTMLElement>(match.field === 'title' ? '.doc-title' : '.body-text')
}

/**
 * A DOM range over [from, to) of a field's plain text: text nodes in order, one newline between
 * top-level blocks and for each line break, as docText counts them.
 */
export function domRange(root: HTMLElement, from: number, to: number): Range | null {
  if (root.classList.contains('untitled') || root.querySelector('.body-placeholder')) return null
  const range = document.createRange()
  let offset = 0
  let started = false
  // A title (an item's, or a plan field's) is one line; a body has one block per paragraph.
  const oneLine = root.classList.contains('doc-title') || root.dataset.planField !== undefined
  const blocks = oneLine ? [root] : [...root.children]
  for (const [index, block] of blocks.entries()) {
    if (index > 0) offset += 1
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof HTMLBRElement) {
        if (!node.classList.contains('ProseMirror-trailingBreak')) offset += 1
        continue
      }
      if (!(node instanceof Text)) continue
      const length = node.data.length
      if (!started && from < offset + length) {
        range.setStart(node, from - offset)
        started = true
      }
      if (started && to <= offset + length) {
        range.setEnd(node, to - offset)
        return range
      }
      offset += length
    }
  }
  return null
}

export function rangeOfMatch(match: FindMatch): Range | null {
  const element = fieldElement(match)
  return element ? domRange(element, match.from, match.to) : null
}

/** Paints the matches (the current one apart); returns false where the browser cannot. */
export function paintMatches(matches: readonly FindMatch[], current: number): boolean {
  const highlights = registry()
  const Highlight = HighlightClass()
  if (!highlights || !Highlight) return false
  const start = Math.max(0, Math.min(current, matches.length) - PAINTED / 2)
  const ranges: Range[] = []
  for (let index = start; index < Math.min(matches.length, start + PAINTED); index++) {
    if (index === current) continue
    const range = rangeOfMatch(matches[index])
    if (range) ranges.push(range)
  }
  highlights.set('find-match', new Highlight(...ranges))
  const currentRange = current >= 0 && matches[current] ? rangeOfMatch(matches[current]) : null
  highlights.set('find-current', new Highlight(...(currentRange ? [currentRange] : [])))
  return true
}

export function clearPaintedMatches(): void {
  registry()?.delete('find-match')
  registry()?.delete('find-current')
}
