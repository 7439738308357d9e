import { runOnItemStarts } from './enumeration'
import { headingLine } from './headingLine'
import { matchHeading } from './headingStyles'
import { sliceRuns } from './runs'
import type { ParsedLine } from './types'

/**
 * Splits headings into which the next items of their sequence were run: when 二是 and 三是 started
 * lines, a 四是 after a 。 at the end of the 三是 paragraph is an item of its own. A sequence that
 * never ran at line starts (一是……。二是…… in one paragraph) is left alone.
 */
export function splitRunOnItems(lines: ParsedLine[]): ParsedLine[] {
  const out: ParsedLine[] = []
  // The last heading's style and number at each level, to tell a running sequence.
  const lastAt: { style?: string; number: number }[] = []
  for (const line of lines) {
    if (line.role !== 'heading') {
      out.push(line)
      continue
    }
    const level = line.level ?? 1
    const match =
      line.label !== undefined && line.text.startsWith(line.label) ? matchHeading(line.text) : null
    const previous = lastAt[level]
    lastAt.length = level
    if (!match) {
      lastAt[level] = { style: line.style, number: 0 }
      out.push(line)
      continue
    }
    const running =
      match.number >= 2 && previous?.style === match.style && previous.number === match.number - 1
    const starts = running ? runOnItemStarts(line.text, match.style, match.number) : []
    if (starts.length === 0) {
      lastAt[level] = { style: match.style, number: match.number }
      out.push(line)
      continue
    }
    const bounds = [0, ...starts, line.text.length]
    for (let part = 0; part < bounds.length - 1; part++) {
      const text = line.text.slice(bounds[part], bounds[part + 1]).replace(/[\s\u3000]+$/, '')
      const runs = line.runs
        ? sliceRuns(line.runs, bounds[part], bounds[part] + text.length)
        : undefined
      out.push(headingLine(line.sourceIndex, text, level, { runs, part }))
    }
    lastAt[level] = { style: match.style, number: match.number + starts.length }
  }
  return out
}
