import { matchHeading } from './headingStyles'
import type { ParsedLine } from './types'

/** A heading line this wide (in Chinese characters) or wider may have been cut by a wrap. */
export const WRAP_MIN_WIDTH = 20
/** The end of a heading wrapped onto the next line is at most this wide. */
export const WRAP_TAIL_MAX_WIDTH = 20
/** How far short of the document's wrap width a cut line may end (a line-end rule, a half-width character). */
const WRAP_TOLERANCE = 2
/** Lines of the same width needed before that width counts as the document's wrap width. */
const WRAP_WIDTH_EVIDENCE = 3

// A line that ends with one of these was not cut in the middle of a heading.
const LINE_END = /[。．.；;：:！？!?…”’」』）)】》]$/
// A heading's end holds no sentence stop before its last character.
const INNER_STOP = /[。；;：:！？!?]/
// A line ending so is cut in the middle of a sentence: it does not end a heading.
const OPEN_END = /[，,、（(“‘《]$/

/**
 * Plain text copied from a page or a PDF cuts a long heading over two lines:
 *
 *   一、以习近平新时代中国特色社会主义思想为指导，全面
 *   贯彻落实党的二十大精神
 *
 * The second line is marked `wraps` and becomes the end of the heading's title (outlineFromLines).
 * The rule is conservative; a join needs all of:
 * - the heading is numbered in its text, not run into a paragraph (no rest), at least
 *   WRAP_MIN_WIDTH wide and, when the document shows a wrap width (WRAP_WIDTH_EVIDENCE unfinished
 *   body lines of one width), no more than WRAP_TOLERANCE short of it;
 * - the heading does not end with end punctuation (。；：！？ or a closing quote or bracket);
 *   a comma or 、 may end it, as a cut in the middle of the title;
 * - the next line follows at once, is body text without a number, at most WRAP_TAIL_MAX_WIDTH
 *   wide and narrower than the heading, has no sentence stop but perhaps a last one, and does not
 *   itself end open (with a comma or 、);
 * - that next line ends the heading: it ends without 。 (or ！？；), or the line after it is a
 *   heading, a blank line or the end of the text.
 * Everything else is left as it is: a complete short heading with a short paragraph under it is
 * never joined. One pass, no recursion.
 */
export function markWrappedHeadings(lines: ParsedLine[]): ParsedLine[] {
  const wrapWidth = documentWrapWidth(lines)
  let result: ParsedLine[] | null = null
  for (let index = 0; index + 1 < lines.length; index++) {
    const heading = lines[index]
    const tail = lines[index + 1]
    if (!isCutHeading(heading, wrapWidth)) continue
    if (!isHeadingTail(tail, heading)) continue
    const after = lines[index + 2]
    const ends =
      !/[。！？!?；;]$/.test(tail.text) ||
      after === undefined ||
      after.role === 'heading' ||
      after.role === 'blank'
    if (!ends) continue
    result ??= lines.slice()
    const marked: ParsedLine = { ...tail, wraps: true }
    delete marked.continues
    result[index + 1] = marked
    index++
  }
  return result ?? lines
}

/**
 * Whether the line at `position` ends the title of the heading just above it (it is marked
 * `wraps` and that heading has no run-in body), as outlineFromLines joins it. After the user
 * turns that heading into body text, the line continues the paragraph instead.
 */
export function joinsHeadingAbove(lines: readonly ParsedLine[], position: number): boolean {
  const line = lines[position]
  const above = lines[position - 1]
  return (
    line?.role === 'body' &&
    line.wraps === true &&
    line.text !== '' &&
    above?.role === 'heading' &&
    (above.rest ?? '') === ''
  )
}

function isCutHeading(line: ParsedLine, wrapWidth: number | null): boolean {
  if (line.role !== 'heading' || line.rest !== undefined || line.part !== undefined) return false
  if (matchHeading(line.text) === null || LINE_END.test(line.text)) return false
  const width = textWidth(line.text)
  if (width < WRAP_MIN_WIDTH) return false
  return wrapWidth === null || width >= wrapWidth - WRAP_TOLERANCE
}

function isHeadingTail(line: ParsedLine, heading: ParsedLine): boolean {
  if (line.role !== 'body' || line.part !== undefined) return false
  if (line.sourceIndex !== heading.sourceIndex + 1) return false
  if (matchHeading(line.text) !== null || OPEN_END.test(line.text)) return false
  if (INNER_STOP.test(line.text.slice(0, -1))) return false
  const width = textWidth(line.text)
  return width <= WRAP_TAIL_MAX_WIDTH && width < textWidth(heading.text)
}

/**
 * The width at which the text was wrapped: the most frequent width of its unfinished body lines
 * (not ending a sentence) at least WRAP_MIN_WIDTH wide, if WRAP_WIDTH_EVIDENCE lines share it.
 */
export function documentWrapWidth(lines: ParsedLine[]): number | null {
  const counts = new Map<number, number>()
  let best: number | null = null
  let bestCount = 0
  for (const line of lines) {
    if (line.role !== 'body' || LINE_END.test(line.text)) continue
    const width = Math.round(textWidth(line.text))
    if (width < WRAP_MIN_WIDTH) continue
    const count = (counts.get(width) ?? 0) + 1
    counts.set(width, count)
    if (count > bestCount || (count === bestCount && best !== null && width > best)) {
      best = width
      bestCount = count
    }
  }
  return bestCount >= WRAP_WIDTH_EVIDENCE ? best : null
}

/** Width in Chinese characters: a half-width (ASCII) character is half of one. */
export function textWidth(text: string): number {
  let width = 0
  for (const character of text) width += character.charCodeAt(0) < 0x80 ? 0.5 : 1
  return width
}
