import type { FlatRow } from '../../domain/outline/tree'
import type { OutlineNode, RichNode } from '../../domain/outline/types'

/** One line of the document's text (17px × line-height 1.9). */
const LINE = 32.3
/** Characters on a line of the page's text column (about 700px of 17px characters). */
const CHARACTERS_PER_LINE = 40
/** The node's own padding. */
const PADDING = 5

const textLength = (node: RichNode): number =>
  (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + textLength(child), 0)

/**
 * Heights worked out, per row version and level: the document's rows are flattened anew after
 * every change (10,020 on XL after a move), but only the changed rows are new objects.
 */
const estimated = new WeakMap<OutlineNode, { level: number; height: number }>()

/**
 * A node's height before it has been on screen: its heading line and its paragraphs wrapped at
 * about 40 characters. Only spacers use it; the measured height replaces it once it renders.
 */
export function estimateNodeHeight(row: FlatRow): number {
  const known = estimated.get(row.node)
  if (known?.level === row.level) return known.height
  const height = heightOf(row)
  estimated.set(row.node, { level: row.level, height })
  return height
}

function heightOf(row: FlatRow): number {
  const paragraphs = row.node.body?.content ?? []
  const bodyLines =
    paragraphs.length === 0
      ? 1
      : paragraphs.reduce(
          (lines, paragraph) =>
            lines +
            Math.max(1, Math.ceil(textLength(paragraph) / (CHARACTERS_PER_LINE - row.level))),
          0,
        )
  const headingLines = Math.max(1, Math.ceil(row.node.title.length / (CHARACTERS_PER_LINE - 3)))
  return PADDING + (headingLines + bodyLines) * LINE
}
