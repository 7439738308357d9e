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
  // Document order with a stack of its own, not recursion: depth is the input's to choose.
  const open: { items: ImportedItem[]; keys: string[]; parentId: string | null; next: number }[] = [
    {
      items: outline.items,
      keys: keysBetween(undefined, undefined, outline.items.length),
      parentId: null,
      next: 0,
    },
  ]
  while (open.length > 0) {
    const top = open[open.length - 1]
    if (top.next >= top.items.length) {
      open.pop()
      continue
    }
    const index = top.next++
    const item = top.items[index]
    const id = makeId()
    nodes.push({
      id,
      planId,
      parentId: top.parentId,
      orderKey: top.keys[index],
      title: item.title,
      body: richDocFromParagraphs(item.body),
    })
    if (item.children.length > 0)
      open.push({
        items: item.children,
        keys: keysBetween(undefined, undefined, item.children.length),
        parentId: id,
        next: 0,
      })
  }
  return { preamble: richDocFromParagraphs(outline.preamble), nodes }
}
