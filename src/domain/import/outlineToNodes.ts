import { newId } from '../newId'
import { keysBetween } from '../outline/orderKeys'
import type { OutlineNode, RichDoc, RichNode } from '../outline/types'
import type { ImportedItem, ImportedOutline, SourceRun } from './types'

/** One paragraph of runs as a ProseMirror paragraph; empty runs are dropped (PM refuses them). */
function paragraphOf(runs: SourceRun[]): RichNode {
  const content: RichNode[] = runs
    .filter((run) => run.text !== '')
    .map((run) => {
      const marks = [...new Set(run.marks ?? [])].map((type) => ({ type }))
      return marks.length > 0
        ? { type: 'text', text: run.text, marks }
        : { type: 'text', text: run.text }
    })
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

/** Body paragraphs as a stored body (a Tiptap doc), or null when there are none. */
export function richDocFromParagraphs(paragraphs: SourceRun[][]): RichDoc | null {
  if (paragraphs.length === 0) return null
  return { type: 'doc', content: paragraphs.map(paragraphOf) }
}

/**
 * An imported outline as the rows of a new plan: nested items become flat nodes with parent ids
 * and order keys in their source order; the preamble becomes the plan's preamble body.
 */
export function outlineToNodes(
  outline: ImportedOutline,
  planId: string,
  makeId: () => string = newId,
): { preamble: RichDoc | null; nodes: OutlineNode[] } {
  const nodes: OutlineNode[] = []
  const add = (items: ImportedItem[], parentId: string | null) => {
    const keys = keysBetween(undefined, undefined, items.length)
    items.forEach((item, index) => {
      const id = makeId()
      nodes.push({
        id,
        planId,
        parentId,
        orderKey: keys[index],
        title: item.title,
        body: richDocFromParagraphs(item.body),
      })
      add(item.children, id)
    })
  }
  add(outline.items, null)
  return { preamble: richDocFromParagraphs(outline.preamble), nodes }
}
