import type { ParsedLine } from './types'

// A paragraph ends with a sentence end or a closing quote or bracket.
const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)】》]$/

/**
 * Plain text whose paragraphs are separated by blank lines, with some paragraphs broken over
 * several lines (copied from a PDF or a fixed-width page): a body line right under an unfinished
 * paragraph continues it. Text without blank lines between paragraphs is left as it is.
 */
export function markContinuations(lines: ParsedLine[]): ParsedLine[] {
  if (!separatesParagraphsWithBlankLines(lines)) return lines
  return lines.map((line, index) => {
    const previous = lines[index - 1]
    if (line.role !== 'body' || index === 0 || previous.sourceIndex === line.sourceIndex)
      return line
    const open =
      (previous.role === 'body' || (previous.role === 'heading' && previous.rest !== undefined)) &&
      !PARAGRAPH_END.test(previous.text)
    return open ? { ...line, continues: true } : line
  })
}

/** Most lines that end a paragraph are followed by a blank line. */
function separatesParagraphsWithBlankLines(lines: ParsedLine[]): boolean {
  let ends = 0
  let followedByBlank = 0
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index]
    if (line.role === 'blank' || !PARAGRAPH_END.test(line.text)) continue
    if (lines[index + 1].sourceIndex === line.sourceIndex) continue
    ends++
    if (lines[index + 1].role === 'blank') followedByBlank++
  }
  return ends >= 3 && followedByBlank >= ends * 0.8
}
