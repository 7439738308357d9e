import type { RichDoc, RichNode } from '../outline/types'

/** The body editor's schema (src/editor/extensions.ts): StarterKit reduced, plus the slot mark. */
const MARKS = new Set(['bold', 'italic', 'underline', 'slot'])

type Mark = NonNullable<RichNode['marks']>[number]

function cleanMarks(marks: readonly Mark[]): Mark[] {
  const kept = marks.filter((mark) => MARKS.has(mark.type)).map((mark) => ({ type: mark.type }))
  return kept.filter((mark, index) => kept.findIndex((other) => other.type === mark.type) === index)
}

function textNode(text: string, marks: readonly Mark[] | undefined): RichNode {
  return marks === undefined
    ? { type: 'text', text }
    : { type: 'text', text, marks: cleanMarks(marks) }
}

/** Inline content: text and hard breaks; anything else gives up its text and nothing more. */
function cleanInline(nodes: readonly RichNode[]): RichNode[] {
  return nodes.filter(isNode).flatMap((node): RichNode[] => {
    if (node.type === 'hardBreak') return [{ type: 'hardBreak' }]
    // ProseMirror refuses empty text nodes.
    if (typeof node.text === 'string') return node.text ? [textNode(node.text, node.marks)] : []
    return cleanInline(node.content ?? [])
  })
}

// A file may hold anything where a node should be (a string, null): it is no node.
const isNode = (node: unknown): node is RichNode => typeof node === 'object' && node !== null

const paragraph = (content: RichNode[] | undefined): RichNode =>
  content === undefined ? { type: 'paragraph' } : { type: 'paragraph', content }

/** Block content: paragraphs; an unknown block (a list, a heading) becomes paragraphs of its text. */
function cleanBlocks(nodes: readonly RichNode[]): RichNode[] {
  const blocks: RichNode[] = []
  let run: RichNode[] = []
  const flush = () => {
    if (run.length) blocks.push(paragraph(run))
    run = []
  }
  for (const node of nodes.filter(isNode)) {
    if (node.type === 'paragraph') {
      flush()
      blocks.push(paragraph(node.content && cleanInline(node.content)))
    } else if (node.type === 'hardBreak' || typeof node.text === 'string') {
      run.push(...cleanInline([node]))
    } else if (
      Array.isArray(node.content) &&
      node.content.some((child) => isNode(child) && (child.type === 'paragraph' || child.content))
    ) {
      flush()
      blocks.push(...cleanBlocks(node.content))
    } else {
      flush()
      const inline = cleanInline(node.content ?? [])
      if (inline.length) blocks.push(paragraph(inline))
    }
  }
  flush()
  return blocks
}

/**
 * A body from outside (a plan file, a backup) reduced to what the editor knows: doc, paragraph, text,
 * hardBreak and the bold/italic/underline/slot marks, no attributes; the text of unknown nodes is
 * kept. A body that already fits comes back equal, key for key.
 */
export function cleanRichDoc(doc: RichNode): RichDoc {
  return !Array.isArray(doc.content)
    ? { type: 'doc' }
    : { type: 'doc', content: cleanBlocks(doc.content) }
}
