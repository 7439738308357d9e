import type { RichDoc, RichNode } from '../outline/types'

/** A replacement in a plain text as docText reads it (paragraphs joined by newlines). */
export interface PlainEdit {
  from: number
  to: number
  before: string
  after: string
}

/** The edits applied to a string, or null when the text at one of them is no longer `before`. */
export function applyToString(text: string, edits: readonly PlainEdit[]): string | null {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
    if (result.slice(edit.from, edit.to) !== edit.before) return null
    result = result.slice(0, edit.from) + edit.after + result.slice(edit.to)
  }
  return result
}

/**
 * The edits applied inside a body's text nodes (their marks kept), offsets counted as docText
 * counts them. Null when the text has changed, or an edit spans two text nodes or a line break.
 */
export function applyToDoc(doc: RichDoc | null, edits: readonly PlainEdit[]): RichDoc | null {
  if (!doc?.content || edits.length === 0) return edits.length === 0 ? doc : null
  const pending = [...edits]
  let offset = 0
  const visit = (node: RichNode): RichNode => {
    if (node.type === 'text') {
      const text = node.text ?? ''
      const start = offset
      offset += text.length
      const inside = pending.filter((edit) => edit.from >= start && edit.to <= offset)
      if (inside.length === 0) return node
      const shifted = inside.map((edit) => ({
        ...edit,
        from: edit.from - start,
        to: edit.to - start,
      }))
      const replaced = applyToString(text, shifted)
      if (replaced === null) return node
      for (const edit of inside) pending.splice(pending.indexOf(edit), 1)
      return { ...node, text: replaced }
    }
    if (node.type === 'hardBreak') {
      offset += 1
      return node
    }
    if (!node.content) return node
    return { ...node, content: node.content.map(visit) }
  }
  const content = doc.content.map((block, index) => {
    if (index > 0) offset += 1
    return visit(block)
  })
  if (pending.length > 0) return null
  // An edit that empties a text node: ProseMirror does not allow empty text nodes.
  return { ...doc, content: content.map(dropEmptyText) }
}

function dropEmptyText(node: RichNode): RichNode {
  if (!node.content) return node
  const content = node.content
    .filter((child) => child.type !== 'text' || (child.text ?? '') !== '')
    .map(dropEmptyText)
  return content.length === 0
    ? { type: node.type, ...(node.attrs && { attrs: node.attrs }) }
    : { ...node, content }
}
