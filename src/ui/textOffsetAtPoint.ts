/**
 * The plain-text offset of the place a click at (x, y) hit in a body rendered without an editor
 * (StaticBody: one <p> per paragraph, <br> for a hard break), counted as `docText` counts:
 * paragraphs one newline apart, a hard break one character. Null when the point is not on the
 * body's text (its placeholder, its margin): the caller picks the end.
 */
export function textOffsetAtPoint(body: Element, x: number, y: number): number | null {
  const range = caretRangeAt(x, y)
  if (!range || !body.contains(range.startContainer)) return null
  const paragraphs = Array.from(body.children)
  const at = paragraphs.findIndex((p) => p.contains(range.startContainer))
  if (at < 0 || paragraphs[at].classList.contains('body-placeholder')) return null
  let offset = 0
  for (const p of paragraphs.slice(0, at)) offset += lengthOf(p) + 1
  const upTo = document.createRange()
  upTo.setStart(paragraphs[at], 0)
  upTo.setEnd(range.startContainer, range.startOffset)
  return offset + lengthOf(upTo.cloneContents())
}

/** Text characters, and one for each hard break. */
function lengthOf(node: Node): number {
  const breaks = node instanceof Element || node instanceof DocumentFragment
  return (node.textContent?.length ?? 0) + (breaks ? node.querySelectorAll('br').length : 0)
}

function caretRangeAt(x: number, y: number): Range | null {
  // Standard (Chromium 128+, Firefox) first; the older WebKit name where only it exists.
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y)
    if (!position) return null
    const range = document.createRange()
    range.setStart(position.offsetNode, position.offset)
    return range
  }
  return typeof document.caretRangeFromPoint === 'function'
    ? document.caretRangeFromPoint(x, y)
    : null
}
