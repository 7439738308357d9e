import { cleanText } from './cleanText'
import { matchHeading } from './headingStyles'
import type { ImportParse, ParsedLine, ParsedPlan, SourceLine } from './types'

export interface ParseImportOptions {
  /** The file's name, for a title when the text has none. */
  fileName?: string
}

/** Skeleton: headings by numbering style, levels from the order styles first appear. */
export function parseImport(lines: SourceLine[], options: ParseImportOptions = {}): ImportParse {
  const levels = new Map<string, number>()
  const stack: string[] = []
  const parsed: ParsedLine[] = lines.map((source) => {
    const text = cleanText(source.text)
    if (text === '') return { sourceIndex: source.index, role: 'blank', text }
    const match = matchHeading(text)
    if (!match) return { sourceIndex: source.index, role: 'body', text }
    let level = levels.get(match.style)
    if (level === undefined) {
      level = stack.length + 1
      levels.set(match.style, level)
    }
    stack.length = level - 1
    stack.push(match.style)
    const stop = match.rest.search(/[。；：]/)
    const title = stop < 0 ? match.rest : match.rest.slice(0, stop)
    const rest = stop < 0 ? '' : match.rest.slice(stop + 1)
    return {
      sourceIndex: source.index,
      role: 'heading',
      text,
      level,
      style: match.style,
      label: match.label,
      title,
      rest,
    }
  })
  const plan: ParsedPlan = {
    title: options.fileName?.replace(/\.[^.]+$/, '') ?? '导入的计划',
    unit: '',
    year: null,
    lines: parsed,
  }
  return { plans: [plan], notes: [] }
}
