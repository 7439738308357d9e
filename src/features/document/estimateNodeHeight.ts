import type { FlatRow } from '../../domain/outline/tree'
import type { RichNode } from '../../domain/outline/types'

/** One line of the document's text (17px × line-height 1.9). */
const LINE = 32.3
/** Characters on a line of the page's text column (about 700px of 17px characters). */
const CHARACTERS_PER_LINE = 40
/** The node's own padding. */
const PADDING = 5

const textLength = (node: RichNode): number =>
  (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + textLength(child), 0)

/**
 * A node's height before it has been on screen: its heading line and its paragraphs wrapped at
 * about 40 characters. Only spacers use it; the measured height replaces it once it renders.
 */
export function estimateNodeHeight(row: FlatRow): number {
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
