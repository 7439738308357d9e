import { isInlineEnumeration } from './enumeration'
import { matchHeading, type HeadingMatch } from './headingStyles'
import { isNoiseLine } from './noiseLines'
import { planMarker, type PlanMarker } from './splitPlans'

/** What a cleaned line is by itself, before its place in the document is considered. */
export type LineClass =
  | { kind: 'blank' }
  | { kind: 'noise' }
  | { kind: 'marker'; marker: PlanMarker }
  /** Starts with a number; `inline` when it is a 一是……。二是…… enumeration (body text). */
  | { kind: 'numbered'; match: HeadingMatch; inline: boolean }
  | { kind: 'text' }

export function classifyLine(text: string): LineClass {
  if (text === '') return { kind: 'blank' }
  const marker = planMarker(text)
  if (marker) return { kind: 'marker', marker }
  if (isNoiseLine(text)) return { kind: 'noise' }
  const match = matchHeading(text)
  if (match)
    return { kind: 'numbered', match, inline: isInlineEnumeration(text, match.style, match.number) }
  return { kind: 'text' }
}
