import type { RichDoc, RichNode } from '../outline/types'

/** Replace the characters [start, end) of a text with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/**
 * Offsets here are those of docText (outline/richText): paragraphs joined by '\n', a hard break
 * one '\n'. Edits are applied text node by text node, so each character keeps its marks: a
 * replacement of the same length maps character to character (`20` plain + `25` bold stays so);
 * a longer or shorter one puts its rest in the last text node it covers.
 */
export function applyTextEdits(doc: RichDoc, edits: readonly TextEdit[]): RichDoc {
  if (edits.length === 0) return doc
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let offset = 0
  const editText = (text: string): string => {
    const from = offset
    const to = offset + text.length
    offset = to
    let result = ''
    let at = from
    for (const edit of sorted) {
      if (edit.end <= from || edit.start >= to) continue
      const overlapStart = Math.max(edit.start, from)
      const overlapEnd = Math.min(edit.end, to)
      result += text.slice(at - from, overlapStart - from)
      const isLast = edit.end <= to
      const piece = edit.text.slice(
        overlapStart - edit.start,
        isLast ? undefined : overlapEnd - edit.start,
      )
      result += piece
      at = overlapEnd
    }
    return result + text.slice(at - from)
  }
  const inline = (nodes: readonly RichNode[]): RichNode[] =>
    nodes.flatMap((node): RichNode[] => {
      if (node.type === 'text') {
        const text = editText(node.text ?? '')
        // ProseMirror refuses empty text nodes.
        return text ? [{ ...node, text }] : []
      }
      if (node.type === 'hardBreak') {
        offset += 1
        return [node]
      }
      return node.content ? [{ ...node, content: inline(node.content) }] : [node]
    })
  const content = (doc.content ?? []).map((block, index) => {
    if (index > 0) offset += 1
    return block.content ? { ...block, content: inline(block.content) } : block
  })
  return { ...doc, content }
}
