/**
 * The numbering styles that start a heading line in Chinese plans, as writers type them. A style
 * is a name (`一、`, `（一）`, `1.`, …) shown in the preview; its level is not fixed here but
 * inferred from the headings open above it (inferLevels).
 */

export interface HeadingMatch {
  /** The style's name: `第一部分`, `第一章`, `第一，`, `一、`, `（一）`, `1.`, `（1）`, `1)`, `①`, `一是`, `一要`. */
  style: string
  /** The number as written, e.g. `（三）` or `3、`. */
  label: string
  /** Its value: 3 for `三是`, `（三）`, `3.` and `③`. */
  number: number
  /** The text after the number (leading spaces and a `：` after `第一部分` removed). */
  rest: string
}

const CN = '[一二三四五六七八九十百零〇两兩]+'
const DIGITS = '[0-9０-９]{1,3}'
// Spaces writers leave inside a number: `1 、`, `（ 二 ）`.
const SP = '[\\s\\u3000\\u00a0]*'
// A stray mark after a bracketed number: `(二)、`, `（1）、`, `（一）.` — part of the label.
const STRAY = `(?:${SP}[、，,．.：:](?![0-9０-９]))?`

interface StyleRule {
  pattern: RegExp
  style: (match: RegExpExecArray) => string
  number: (match: RegExpExecArray) => number
}

const RULES: StyleRule[] = [
  // 第一部分 / 第一章 / 第一节: the largest divisions.
  {
    pattern: new RegExp(`^第(${CN})(部分|章|节|節)`),
    style: (m) => `第一${m[2] === '節' ? '节' : m[2]}`,
    number: (m) => chineseNumberValue(m[1]),
  },
  // 第一，… (never 第一次: the comma is required).
  {
    pattern: new RegExp(`^第(${CN})[，,、：:]`),
    style: () => '第一，',
    number: (m) => chineseNumberValue(m[1]),
  },
  {
    pattern: new RegExp(`^(${CN})${SP}[、．.]`),
    style: () => '一、',
    number: (m) => chineseNumberValue(m[1]),
  },
  {
    pattern: new RegExp(`^[（(]${SP}(${CN})${SP}[）)]${STRAY}`),
    style: () => '（一）',
    number: (m) => chineseNumberValue(m[1]),
  },
  // 1. 1． 1、 1 、 １、 — but not 1.5 (a decimal) and not 2025年 (a year has no dot after 1 to 3
  // digits).
  {
    pattern: new RegExp(`^(${DIGITS})${SP}(?:[.．](?![0-9０-９])|、)`),
    style: () => '1.',
    number: (m) => digitValue(m[1]),
  },
  {
    pattern: new RegExp(`^[（(]${SP}(${DIGITS})${SP}[）)]${STRAY}`),
    style: () => '（1）',
    number: (m) => digitValue(m[1]),
  },
  // 1) and 1）, a common automatic numbering.
  {
    pattern: new RegExp(`^(${DIGITS})[)）]`),
    style: () => '1)',
    number: (m) => digitValue(m[1]),
  },
  {
    pattern: /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/,
    style: () => '①',
    number: (m) => circledValue(m[1]),
  },
  // 一是 / 一要 (不是, 只要, 总是 do not start with a numeral, so they never match).
  {
    pattern: new RegExp(`^(${CN})(是|要)`),
    style: (m) => `一${m[2]}`,
    number: (m) => chineseNumberValue(m[1]),
  },
]

const FIRST_CHARACTERS =
  /^[第一二三四五六七八九十百零〇两兩（(0-9０-９\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/

// What may sit between a number and its title: spaces, and a colon or comma after 第一部分.
const AFTER_LABEL = /^[\s\u3000\u00a0]*(?:[：:，,、][\s\u3000\u00a0]*)?/

/** The numbering at the start of `text` (already cleaned), or null when it has none. */
export function matchHeading(text: string): HeadingMatch | null {
  // Most lines start with none of the characters a number can start with: no regex for them.
  if (!FIRST_CHARACTERS.test(text)) return null
  for (const rule of RULES) {
    const match = rule.pattern.exec(text)
    if (!match) continue
    const number = rule.number(match)
    if (!(number > 0)) continue
    const label = match[0]
    const after = text.slice(label.length)
    const rest = rule.style(match).startsWith('第')
      ? after.replace(AFTER_LABEL, '')
      : trimStart(after)
    if (rest === '') return null
    return { style: rule.style(match), label, number, rest }
  }
  return null
}

function trimStart(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+/, '')
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** 一 → 1, 十 → 10, 十一 → 11, 二十一 → 21, 一百零一 → 101; NaN when it is not a number. */
export function chineseNumberValue(text: string): number {
  let total = 0
  let digit = -1
  for (const character of text) {
    if (character === '十' || character === '百') {
      const unit = character === '十' ? 10 : 100
      total += (digit < 0 ? 1 : digit) * unit
      digit = -1
    } else if (character in CN_DIGITS) {
      if (digit > 0) return NaN
      digit = CN_DIGITS[character]
    } else return NaN
  }
  return total + Math.max(digit, 0)
}

function digitValue(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)))
}

function circledValue(character: string): number {
  const code = character.codePointAt(0) ?? 0
  if (code <= 0x2473) return code - 0x2460 + 1
  if (code <= 0x325f) return code - 0x3251 + 21
  return code - 0x32b1 + 36
}
