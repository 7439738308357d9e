import { findingAt, inRanges, isChinese, isHan, latinRanges, replaceFix } from './context'
import type { CheckedField, Finding } from './types'

export const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
}

const DIGIT = /[0-9０-９]/

/** The nearest character that is not a space before / after an index. */
function neighbour(text: string, index: number, step: -1 | 1): string | undefined {
  for (let i = index + step; i >= 0 && i < text.length; i += step) {
    const character = text[i]
    if (character !== ' ' && character !== '\t' && character !== '\u00a0') return character
  }
  return undefined
}

/**
 * Half-width `,` `;` `:` `?` `!` `(` `)` in Chinese text: next to a Chinese character or
 * punctuation, or (brackets) around Chinese. Not inside numbers (`1,000`, `9:30`), URLs and
 * e-mail addresses, nor in Latin text (`Hello, world`). A bracket pair is one finding.
 */
export function checkHalfWidth(field: CheckedField): Finding[] {
  const { text } = field
  if (!/[,;:?!()]/.test(text)) return []
  const latin = latinRanges(text)
  const findings: Finding[] = []
  const chineseAround = (index: number) =>
    isChinese(neighbour(text, index, -1)) || isChinese(neighbour(text, index, 1))
  const report = (indexes: number[]) => {
    const shown = indexes.map((index) => `“${text[index]}”`).join('')
    const wanted = indexes.map((index) => `“${FULL_WIDTH[text[index]]}”`).join('')
    const from = indexes[0]
    const to = indexes[indexes.length - 1] + 1
    findings.push(
      findingAt(
        field,
        'halfWidth',
        'warning',
        from,
        to,
        `中文里用了半角${shown}，应为全角${wanted}`,
        replaceFix(
          field,
          '改为全角',
          'fullWidth',
          indexes.map((index) => ({ from: index, to: index + 1, after: FULL_WIDTH[text[index]] })),
        ),
      ),
    )
  }
  const open: number[] = []
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (!(character in FULL_WIDTH) || inRanges(latin, index)) continue
    if (character === '(') open.push(index)
    else if (character === ')') {
      const start = open.pop()
      if (start === undefined) {
        if (chineseAround(index)) report([index])
      } else if (
        hasHan(text, start + 1, index) ||
        isChinese(neighbour(text, start, -1)) ||
        isChinese(neighbour(text, index, 1))
      ) {
        report([start, index])
      }
    } else {
      const before = text[index - 1]
      const after = text[index + 1]
      if (before !== undefined && after !== undefined && DIGIT.test(before) && DIGIT.test(after))
        continue
      if (chineseAround(index)) report([index])
    }
  }
  for (const start of open) if (chineseAround(start)) report([start])
  return findings.sort((a, b) => a.from - b.from)
}

/**
 * A half-width `.` ending a Chinese sentence (after a Chinese character or closing punctuation,
 * before the end, a space or Chinese): mixed with `。`. Not `3.5`, `1.` numbering, `...` or URLs.
 */
export function checkPeriods(field: CheckedField): Finding[] {
  const { text } = field
  if (!text.includes('.')) return []
  const latin = latinRanges(text)
  const findings: Finding[] = []
  for (let index = text.indexOf('.'); index !== -1; index = text.indexOf('.', index + 1)) {
    const before = text[index - 1]
    const after = text[index + 1]
    if (before === '.' || after === '.' || inRanges(latin, index)) continue
    if (!isChinese(before)) continue
    if (after !== undefined && !/\s/.test(after) && !isChinese(after)) continue
    findings.push(
      findingAt(
        field,
        'mixedPeriod',
        'warning',
        index,
        index + 1,
        '中文句末用了半角句点“.”，应为“。”',
        replaceFix(field, '改为“。”', 'period', [{ from: index, to: index + 1, after: '。' }]),
      ),
    )
  }
  return findings
}

function hasHan(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isHan(text.charCodeAt(index))) return true
  return false
}
