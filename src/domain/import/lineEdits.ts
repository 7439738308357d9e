import { headingLine } from './headingLine'
import { LIMITS } from '../limits/limits'
import type { ParsedLine } from './types'

/** What the user changed about one line in the preview. */
export type LineEdit = { role: 'heading'; level: number } | { role: 'body' }

/** Edits by lineKey: a source line split in two (`四是` run into a paragraph) has two keys. */
export type LineEdits = ReadonlyMap<string, LineEdit>

/** A parsed line's identity within its plan, stable while the source stays the same. */
export const lineKey = (line: ParsedLine): string => `${line.sourceIndex}.${line.part ?? 0}`

const keyFields = ({ sourceIndex, part }: ParsedLine) =>
  part === undefined ? { sourceIndex } : { sourceIndex, part }

/** A body line made a heading: read as the parser reads headings (number, title, run-in body). */
const headingFromBody = (line: ParsedLine, level: number): ParsedLine =>
  headingLine(line.sourceIndex, line.text, level, {
    ...(line.runs ? { runs: line.runs } : {}),
    ...(line.part !== undefined ? { part: line.part } : {}),
  })

/** The parser's lines with the user's changes applied; unchanged lines keep their identity. */
export function applyLineEdits(lines: readonly ParsedLine[], edits: LineEdits): ParsedLine[] {
  if (edits.size === 0) return [...lines]
  return lines.map((line) => {
    const edit = edits.get(lineKey(line))
    if (!edit) return line
    if (edit.role === 'body')
      return line.role === 'body'
        ? line
        : // Its Word formatting (bold, italic, underline) stays with the text.
          {
            ...keyFields(line),
            role: 'body',
            text: line.text,
            ...(line.runs ? { runs: line.runs } : {}),
          }
    if (line.role === 'heading')
      return line.level === edit.level ? line : { ...line, level: edit.level }
    return headingFromBody(line, edit.level)
  })
}

/** The level of the nearest heading above `position` (0 when there is none). */
function levelAbove(lines: readonly ParsedLine[], position: number): number {
  for (let i = position - 1; i >= 0; i--) {
    if (lines[i].role === 'heading') return lines[i].level ?? 1
  }
  return 0
}

/**
 * The edits after moving the heading at `position` of `lines` (edits applied) by `delta` levels:
 * never above level 1, never more than one level below the heading above it, never below
 * LIMITS.outlineDepth.
 */
export function changeLevel(
  lines: readonly ParsedLine[],
  edits: LineEdits,
  position: number,
  delta: number,
): LineEdits {
  const line = lines[position]
  if (line?.role !== 'heading') return edits
  const current = line.level ?? 1
  const deepest = Math.min(levelAbove(lines, position) + 1, LIMITS.outlineDepth)
  const level = Math.max(1, Math.min(current + delta, deepest))
  if (level === current) return edits
  return new Map(edits).set(lineKey(line), { role: 'heading', level })
}

/** Whether a line can change between heading and body (title, header and noise lines cannot). */
export function canToggleHeading(line: ParsedLine | undefined): boolean {
  return line?.role === 'heading' || line?.role === 'body'
}

/**
 * The edits after turning the heading at `position` into body text of the item above, or a body
 * line into a heading at the level of the heading above it (a chapter when there is none). Going
 * back to what the parser said drops the edit, so the parser's title and run-in body return.
 */
export function toggleHeading(
  original: readonly ParsedLine[],
  lines: readonly ParsedLine[],
  edits: LineEdits,
  position: number,
): LineEdits {
  const line = lines[position]
  if (!canToggleHeading(line)) return edits
  const next = new Map(edits)
  const target = line.role === 'heading' ? 'body' : 'heading'
  if (original[position]?.role === target) next.delete(lineKey(line))
  else if (target === 'body') next.set(lineKey(line), { role: 'body' })
  else next.set(lineKey(line), { role: 'heading', level: Math.max(1, levelAbove(lines, position)) })
  return next
}
