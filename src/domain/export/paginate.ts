/** What pagination needs to know about one printed paragraph. */
export interface MeasuredBlock {
  /** Lines the paragraph takes at the fixed line pitch (at least 1). */
  lines: number
  /** A heading on a line of its own: it must be followed on its page by a line of what it introduces. */
  keepWithNext: boolean
  /** A run-in heading paragraph: its first line holds the heading, so it needs a second line on the page. */
  keepFirstTwoLines: boolean
  /** Empty lines after the paragraph (one after the title lines). */
  linesAfter: number
}

/** A piece of a paragraph on one page: its lines [fromLine, fromLine + lineCount). */
export interface PageFragment {
  blockIndex: number
  fromLine: number
  lineCount: number
  /** Line of the type area where the fragment starts. */
  atLine: number
}

export type Page = PageFragment[]

/**
 * Lines of the keep-with-next chain starting at `index`: the headings and the first line (two for
 * a run-in paragraph) after them; null when the chain is longer than a page (an outline of
 * headings only), where keeping together is impossible and no longer asked for.
 */
function chainLines(blocks: readonly MeasuredBlock[], index: number, perPage: number) {
  let lines = 0
  for (let i = index; i < blocks.length && lines <= perPage; i++) {
    const block = blocks[i]
    if (!block.keepWithNext) {
      lines += block.keepFirstTwoLines ? Math.min(2, block.lines) : 1
      return lines <= perPage ? lines : null
    }
    lines += block.lines + block.linesAfter
  }
  // The chain ends the document: nothing follows the headings to keep them with.
  return lines <= perPage ? lines : null
}

/**
 * Lay paragraphs on pages of `linesPerPage` lines, splitting long paragraphs across pages as a
 * printer does, but never leaving a heading as the last line of a page: a heading (with the
 * headings that follow it) moves to the next page unless a line of its text fits after it.
 */
export function paginate(blocks: readonly MeasuredBlock[], linesPerPage: number): Page[] {
  const perPage = Math.max(2, Math.floor(linesPerPage))
  const pages: Page[] = [[]]
  let used = 0
  const newPage = () => {
    pages.push([])
    used = 0
  }
  blocks.forEach((block, blockIndex) => {
    const lines = Math.max(1, Math.round(block.lines))
    const needed = block.keepWithNext
      ? chainLines(blocks, blockIndex, perPage)
      : block.keepFirstTwoLines
        ? Math.min(2, lines)
        : 1
    // Move to a new page when what must stay together does not fit (unless the page is empty).
    if (needed !== null && used > 0 && used + needed > perPage) newPage()
    let fromLine = 0
    while (fromLine < lines) {
      if (used >= perPage) newPage()
      const lineCount = Math.min(lines - fromLine, perPage - used)
      pages[pages.length - 1].push({ blockIndex, fromLine, lineCount, atLine: used })
      used += lineCount
      fromLine += lineCount
    }
    // Blank lines after a block are dropped at the end of a page, as in Word.
    used = Math.min(perPage, used + block.linesAfter)
  })
  return pages.filter((page, index) => page.length > 0 || index === 0)
}

/** Whole lines of `pitchPt` that fit in a type area `heightMm` high (225 mm at 28.95 pt: 22). */
export function linesPerPage(heightMm: number, pitchPt: number): number {
  const heightPt = (heightMm / 25.4) * 72
  // A tiny tolerance: 22 × 28.95 pt is 637.8 pt, the type area is 637.80 pt.
  return Math.floor(heightPt / pitchPt + 1e-3)
}
