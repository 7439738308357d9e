import type { CheckedField, CheckFix, CheckKind, CheckSeverity, Finding } from './types'

const AROUND = 10

/**
 * `…前后文字问题前后文字…` on one line: a few characters either side of from..to, and where the
 * problem is inside it (each line break or tab shown as one space, so offsets carry over).
 */
export function contextOf(
  text: string,
  from: number,
  to: number,
): { context: string; mark: [number, number] } {
  const start = Math.max(0, from - AROUND)
  const end = Math.min(text.length, to + AROUND)
  const lead = start > 0 ? '…' : ''
  const context = lead + text.slice(start, end).replace(/\s/g, ' ') + (end < text.length ? '…' : '')
  const markFrom = lead.length + from - start
  return { context, mark: [markFrom, markFrom + to - from] }
}

/** A finding's id: kind, place and offset. */
export function findingId(kind: string, nodeId: string, field: string, from: number): string {
  return `${kind}:${nodeId}:${field}:${from}`
}

/** A CJK ideograph (basic block, extension A, compatibility): what makes a text Chinese. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}

/** Chinese punctuation a sentence may touch: 。，、；：？！“”‘’（）《》【】…— */
function isChinesePunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff1f) ||
    (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2026 ||
    code === 0x2014
  )
}

export function isChinese(character: string | undefined): boolean {
  if (character === undefined) return false
  const code = character.charCodeAt(0)
  return isHan(code) || isChinesePunctuation(code)
}

/** Ranges of URLs and e-mail addresses in a text, where Latin punctuation belongs. */
export function latinRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return ranges
  for (const match of text.matchAll(
    /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  ))
    ranges.push([match.index, match.index + match[0].length])
  return ranges
}

export function inRanges(ranges: [number, number][], index: number): boolean {
  return ranges.some(([from, to]) => index >= from && index < to)
}

/** A finding at from..to of a field. */
export function findingAt(
  field: CheckedField,
  kind: CheckKind,
  severity: CheckSeverity,
  from: number,
  to: number,
  message: string,
  fix?: CheckFix,
): Finding {
  return {
    id: findingId(kind, field.nodeId, field.field, from),
    kind,
    severity,
    nodeId: field.nodeId,
    field: field.field,
    from,
    to,
    message,
    where: field.where,
    ...contextOf(field.text, from, to),
    ...(fix && { fix }),
  }
}

/** A fix that replaces from..to of the field with `after`. */
export function replaceFix(
  field: CheckedField,
  label: string,
  kind: CheckFix['kind'],
  parts: { from: number; to: number; after: string }[],
): CheckFix {
  return {
    label,
    kind,
    edits: parts.map(({ from, to, after }) => ({
      nodeId: field.nodeId,
      field: field.field,
      from,
      to,
      before: field.text.slice(from, to),
      after,
    })),
  }
}
