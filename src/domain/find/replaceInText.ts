import type { RichDoc, RichNode } from '../outline/types'
import type { TextRange } from './findInText'

/** `ranges` (non-overlapping, any order) of a plain string replaced by `replacement`. */
export function replaceInTitle(text: string, ranges: readonly TextRange[], replacement: string) {
  let result = text
  for (const { from, to } of [...ranges].sort((a, b) => b.from - a.from))
    result = result.slice(0, from) + replacement + result.slice(to)
  return result
}

/** A text node of the copied doc and where its text sits in the doc's plain text. */
interface Leaf {
  node: RichNode
  start: number
}

/**
 * The text nodes of `doc` with their offsets in docText(doc): blocks of the doc joined by one
 * newline, a hardBreak counting as a newline (exactly as docText reads a body).
 */
function textLeaves(doc: RichDoc): Leaf[] {
  const leaves: Leaf[] = []
  let offset = 0
  const walk = (node: RichNode) => {
    if (node.type === 'text') {
      leaves.push({ node, start: offset })
      offset += node.text?.length ?? 0
    } else if (node.type === 'hardBreak') offset += 1
    else node.content?.forEach(walk)
  }
  doc.content?.forEach((block, index) => {
    if (index > 0) offset += 1
    walk(block)
  })
  return leaves
}

function dropEmptyText(node: RichNode): RichNode {
  if (!node.content) return node
  const content = node.content
    .filter((child) => child.type !== 'text' || (child.text ?? '') !== '')
    .map(dropEmptyText)
  return { ...node, content }
}

/**
 * `ranges` of the body's plain text replaced by `replacement`, the marks kept: the new text takes
 * the marks of the text where the match starts; a match that spans several differently marked
 * runs shortens the later runs rather than losing them. The stored doc is not changed.
 */
export function replaceInDoc(
  doc: RichDoc,
  ranges: readonly TextRange[],
  replacement: string,
): RichDoc {
  const copy = structuredClone(doc)
  const leaves = textLeaves(copy)
  // From the end, so the offsets of the ranges still to do stay true.
  for (const { from, to } of [...ranges].sort((a, b) => b.from - a.from)) {
    let placed = false
    for (const { node, start } of leaves) {
      const text = node.text ?? ''
      const end = start + text.length
      if (end <= from) continue
      if (start >= to && placed) break
      const cutFrom = Math.max(from, start) - start
      const cutTo = Math.min(to, end) - start
      if (cutTo < cutFrom) continue
      node.text = text.slice(0, cutFrom) + (placed ? '' : replacement) + text.slice(cutTo)
      placed = true
    }
  }
  return dropEmptyText(copy) as RichDoc
}
