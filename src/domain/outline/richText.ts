import type { RichDoc, RichNode } from './types'

/** Plain text of a node: paragraphs joined by newlines. */
export function docText(doc: RichDoc | null | undefined): string {
  if (!doc?.content) return ''
  return doc.content.map(inlineText).join('\n')
}

function inlineText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

/** A body made of plain paragraphs, one per line of `text`. */
export function docFromText(text: string): RichDoc {
  const paragraphs = text.split(/\r?\n/)
  return {
    type: 'doc',
    content: paragraphs.map((line) =>
      line === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  }
}
