import { matchHeading } from '../import/headingStyles'
import { findingAt, replaceFix } from './context'
import type { CheckedField, Finding } from './types'

/**
 * A number typed at the start of a title (`（一）`, `一、`, `1.`, `（1）`, `①`, `一是`, `第一部分`):
 * numbers are computed from the position, so it shows twice. `number` is the automatic one.
 */
export function checkTypedNumber(field: CheckedField, number: string): Finding[] {
  const match = matchHeading(field.text.trimStart())
  if (!match) return []
  const to = field.text.length - match.rest.length
  const automatic = number ? `（自动序号为“${number}”）` : ''
  return [
    findingAt(
      field,
      'typedNumber',
      'warning',
      0,
      to,
      `标题里手写了序号“${match.label}”，序号会自动生成${automatic}`,
      replaceFix(field, '删除手写序号', 'removeNumber', [{ from: 0, to, after: '' }]),
    ),
  ]
}

/** A title ending in `。`: headings carry no full stop (the print adds one to run-in titles). */
export function checkTitlePeriod(field: CheckedField): Finding[] {
  const trimmed = field.text.trimEnd()
  if (!trimmed.endsWith('。')) return []
  const from = trimmed.length - 1
  return [
    findingAt(
      field,
      'titlePeriod',
      'warning',
      from,
      from + 1,
      '标题以“。”结尾',
      replaceFix(field, '删除句号', 'removeTitlePeriod', [{ from, to: from + 1, after: '' }]),
    ),
  ]
}
