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

/**
 * The elements a match's field is drawn in: an item's title or body, the preamble, or a plan
 * field's (one per line: the 附件说明 has one per name).
 */
function fieldElements(match: FindMatch): HTMLElement[] {
  const planField = planTextField(match.nodeId)
  if (planField)
    return [
      ...document.querySelectorAll<HTMLElement>(`.document [data-plan-field="${planField.key}"]`),
    ]
  const section =
    match.nodeId === PREAMBLE_ID
      ? document.querySelector<HTMLElement>('.doc-preamble')
      : document.getElementById(docNodeId(match.nodeId))
  const element = section?.querySelector<HTMLElement>(
    match.field === 'title' ? '.doc-title' : '.body-text',
  )
  return element ? [element] : []
}

/**
 * A DOM range over [from, to) of a field's plain text: text nodes in order, one newline between
 * top-level blocks and for each line break, as docText counts them.
 */
export function domRange(root: HTMLElement, from: number, to: number): Range | null {
  if (root.classList.contains('untitled') || root.querySelector('.body-placeholder')) return null
  // A title (an item's, or a plan field's) is one line; a body has one block per paragraph.
  const oneLine = root.classList.contains('doc-title') || root.dataset.planField !== undefined
  return rangeInBlocks(oneLine ? [root] : [...root.children], from, to)
}

/** A DOM range over [from, to) of the text of `blocks` joined by one newline each. */
function rangeInBlocks(blocks: readonly Element[], from: number, to: number): Range | null {
  const range = document.createRange()
  let offset = 0
  let started = false
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
  const elements = fieldElements(match)
  if (elements.length === 0) return null
  // A plan field's lines (the 附件说明's names) are joined by newlines, as planFieldText joins them.
  return planTextField(match.nodeId)
    ? rangeInBlocks(elements, match.from, match.to)
    : domRange(elements[0], match.from, match.to)
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
