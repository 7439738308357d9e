import { matchHeading } from './headingStyles'
import { splitRunIn } from './runInHeading'
import type { ParsedLine, SourceRun } from './types'

/**
 * A heading ParsedLine from a cleaned line. The number comes from Word's list label when given
 * (the text then has none), else from the text itself; a line without either (a Word heading
 * style) is all title. Title and rest are split as a run-in heading's are.
 */
export function headingLine(
  sourceIndex: number,
  text: string,
  level: number,
  options: { listLabel?: string; runs?: SourceRun[]; part?: number } = {},
): ParsedLine {
  const line: ParsedLine = { sourceIndex, role: 'heading', text, level }
  let after = text
  if (options.listLabel !== undefined) {
    line.label = options.listLabel.trim()
    line.style = listStyle(line.label) ?? `列表${line.label}`
  } else {
    const match = matchHeading(text)
    if (match) {
      line.label = match.label
      line.style = match.style
      after = match.rest
    }
  }
  const { title, rest } = splitRunIn(after)
  line.title = title
  if (rest !== '') line.rest = rest
  if (options.runs) line.runs = options.runs
  if (options.part !== undefined) line.part = options.part
  return line
}

/**
 * The style of a Word list label: `一、` → `一、`, `（2）` → `（1）`; another numbered label is
 * named by its pattern (`第3条` → `第1条`); null for a bullet, which numbers nothing.
 */
export function listStyle(label: string): string | null {
  const style = matchHeading(`${label}x`)?.style
  if (style !== undefined) return style
  if (!/[0-9０-９一二三四五六七八九十]/.test(label)) return null
  return label.replace(/[0-9０-９]+/g, '1').replace(/[一二三四五六七八九十百]+/g, '一')
}
