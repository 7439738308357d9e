import { closingFromLines } from './closingLines'
import { matchHeading } from './headingStyles'
import { cleanTitle } from './runInHeading'
import { runsLength, sliceRuns } from './runs'
import { joinsHeadingAbove } from './wrappedHeadings'
import type { ImportedItem, ImportedOutline, ParsedLine, SourceRun } from './types'

interface Open {
  item: ImportedItem
  level: number
}

/**
 * The nested outline of a plan from its (possibly user-edited) lines. Headings nest by level and
 * tolerate any sequence: a jump (1 → 3) nests under the last item, a first heading at level 2 is
 * a top item. Body lines go to the item above, or to the preamble before the first heading;
 * title, header, noise and blank lines are not part of the outline.
 */
export function outlineFromLines(lines: ParsedLine[]): ImportedOutline {
  const preamble: SourceRun[][] = []
  const items: ImportedItem[] = []
  const open: Open[] = []
  const bodyOfLast = () => (open.length > 0 ? open[open.length - 1].item.body : preamble)
  // The heading just read, with its title as written, while the next line may end that title.
  let wrapping: { item: ImportedItem; title: string } | null = null

  for (const [index, line] of lines.entries()) {
    if (line.role === 'heading') {
      const level = Math.max(1, line.level ?? 1)
      while (open.length > 0 && open[open.length - 1].level >= level) open.pop()
      const item: ImportedItem = { title: headingTitle(line), body: [], children: [] }
      if (open.length > 0) open[open.length - 1].item.children.push(item)
      else items.push(item)
      open.push({ item, level })
      const rest = restRuns(line)
      if (rest.length > 0) item.body.push(rest)
      wrapping = rest.length > 0 ? null : { item, title: titleAsWritten(line) }
    } else if (line.role === 'body') {
      const runs = lineRuns(line)
      if (runs.length === 0) continue
      // A heading wrapped over two lines: this line ends its title.
      if (wrapping && joinsHeadingAbove(lines, index)) {
        wrapping.item.title = cleanTitle(wrapping.title + line.text)
        wrapping = null
        continue
      }
      wrapping = null
      const body = bodyOfLast()
      // A soft line break: this line continues the paragraph above.
      if ((line.continues || line.wraps) && body.length > 0)
        body[body.length - 1] = [...body[body.length - 1], ...runs]
      else body.push(runs)
    } else wrapping = null
  }
  const closing = closingFromLines(lines)
  return Object.keys(closing).length > 0 ? { preamble, items, closing } : { preamble, items }
}

/** A heading's title: as parsed, or (a line the user just turned into a heading) its text without the number. */
function headingTitle(line: ParsedLine): string {
  if (line.title !== undefined) return line.title
  const match = matchHeading(line.text)
  return cleanTitle(match ? match.rest : line.text)
}

/** A heading's title before trailing punctuation is cut (a comma where a wrap cut it is kept). */
function titleAsWritten(line: ParsedLine): string {
  const match = matchHeading(line.text)
  return match !== null && match.label === line.label ? match.rest : headingTitle(line)
}

function lineRuns(line: ParsedLine): SourceRun[] {
  if (line.runs && line.runs.length > 0) return line.runs
  return line.text === '' ? [] : [{ text: line.text }]
}

/** The body text after a run-in heading, with the formatting of the runs it was cut from. */
function restRuns(line: ParsedLine): SourceRun[] {
  const rest = line.rest ?? ''
  if (rest === '') return []
  if (!line.runs || line.runs.length === 0) return [{ text: rest }]
  return sliceRuns(line.runs, runsLength(line.runs) - rest.length)
}
