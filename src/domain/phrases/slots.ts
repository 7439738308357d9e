/** The placeholder a phrase writer types: two multiplication signs. */
export const SLOT_TEXT = '××'

export interface SlotRange {
  /** Offset of the first character of the slot in the text. */
  from: number
  /** Offset just after the slot. */
  to: number
}

/**
 * What kind of placeholder a slot is:
 * - `mark`: ××, ×××, ○○ (not the ○ of a year written in Chinese numerals, 二○○五年);
 * - `latin`: xx, XX, xxx (not inside Latin text: `Linux xxhash`, `XXL`, `3xx`);
 * - `partyCongress`: the x's of 党的xx届x中全会, 第x届第x次;
 * - `year`: 20xx, 20××;
 * - `date`: ×年×月, ×月×日, 20xx年×月, x月;
 * - `named`: {{单位}}, {{年度}}, {{负责人}} (any `{{name}}`), filled by name everywhere at once.
 */
export type SlotKind = 'mark' | 'latin' | 'partyCongress' | 'year' | 'date' | 'named'

export interface Slot extends SlotRange {
  /** The slot as written, `text.slice(from, to)`. */
  text: string
  kind: SlotKind
  /** For a named slot: its name, `单位` in `{{单位}}` (traditional 單位 read as 单位). */
  name?: string
}

// A placeholder letter: x, X, full-width ｘ Ｘ, or ×.
const X = '[xXｘＸ×]'
// Latin letters and digits, half and full width: a placeholder touching one is part of a word.
const WORD = 'A-Za-z0-9ａ-ｚＡ-Ｚ０-９_'
const NOT_AFTER_WORD = `(?<![${WORD}])`
const NOT_BEFORE_WORD = `(?![${WORD}])`
// Chinese numerals, between which ○ is a zero (二○○五年), not a placeholder.
const NUMERAL = '〇○零一二三四五六七八九十'

/** Alternatives in priority order: at one position the first that matches wins. */
const PATTERNS: [SlotKind, string][] = [
  ['named', String.raw`\{\{[ \t\u3000]*([\p{L}\p{N}_]{1,12})[ \t\u3000]*\}\}`],
  [
    'date',
    `${NOT_AFTER_WORD}(?:20${X}{2}|${X}{1,4})年${X}{1,2}月(?:${X}{1,2}日)?` +
      `|${NOT_AFTER_WORD}${X}{1,2}月(?:${X}{1,2}日)?` +
      `|${NOT_AFTER_WORD}${X}年(?!度)`,
  ],
  ['year', `${NOT_AFTER_WORD}20${X}{2}${NOT_BEFORE_WORD}`],
  [
    'partyCongress',
    `${NOT_AFTER_WORD}${X}{1,3}(?=届|屆|中全会|中全會)|(?<=第)${X}{1,3}${NOT_BEFORE_WORD}`,
  ],
  [
    'latin',
    // Also not next to a Latin word across one space (`Windows XX`), which is Latin text.
    `${NOT_AFTER_WORD}(?<![A-Za-z0-9][ \u00a0])[xXｘＸ]{2,}${NOT_BEFORE_WORD}(?![ \u00a0][A-Za-z0-9])`,
  ],
  ['mark', `×{2,}|(?<![${NUMERAL}])[○〇]{2,}(?![${NUMERAL}])`],
]

// Every slot starts with one of these: positions that cannot start one fail at once.
const FIRST = '[{2xXｘＸ×○〇]'
const SOURCE = `(?=${FIRST})(?:${PATTERNS.map(([kind, source]) => `(?<${kind}>${source})`).join('|')})`
// A text without any placeholder sign (most bodies) is passed over without running the pattern.
const MAY_HAVE_SLOT = /[{xXｘＸ×○〇]/
const SLOT_PATTERN = new RegExp(SOURCE, 'gu')
const ANY_SLOT = new RegExp(SOURCE, 'u')

const NAME_ALIASES: Record<string, string> = { 單位: '单位', 負責人: '负责人' }

/**
 * Every slot to fill in a text, left to right, never overlapping: the one definition of a
 * placeholder used by the status bar, the highlighting, Tab, the export warning and the check.
 * A run of placeholder signs is one slot (`××××` is one).
 */
export function findSlots(text: string): Slot[] {
  const slots: Slot[] = []
  if (!MAY_HAVE_SLOT.test(text)) return slots
  for (const match of text.matchAll(SLOT_PATTERN)) {
    const groups = match.groups ?? {}
    const kind = PATTERNS.find(([name]) => groups[name] !== undefined)?.[0]
    if (!kind) continue
    const slot: Slot = {
      from: match.index,
      to: match.index + match[0].length,
      text: match[0],
      kind,
    }
    if (kind === 'named') {
      const name = /\{\{\s*([^\s{}]+)\s*\}\}/u.exec(match[0])?.[1] ?? ''
      slot.name = NAME_ALIASES[name] ?? name
    }
    slots.push(slot)
  }
  return slots
}

export function countSlots(text: string): number {
  return findSlots(text).length
}

/** Whether a text has any slot left to fill. */
export function hasSlot(text: string): boolean {
  return MAY_HAVE_SLOT.test(text) && ANY_SLOT.test(text)
}

/**
 * The slot Tab (forward) or Shift+Tab (backward) moves to from a selection, wrapping round;
 * null when there is none. The slot currently selected is skipped.
 */
export function nextSlot<Range extends SlotRange>(
  slots: readonly Range[],
  selection: { from: number; to: number },
  direction: 'forward' | 'backward' = 'forward',
): Range | null {
  if (slots.length === 0) return null
  if (direction === 'forward') {
    const after = slots.find((slot) => slot.from >= selection.to && !isSame(slot, selection))
    return after ?? slots[0]
  }
  const before = [...slots]
    .reverse()
    .find((slot) => slot.to <= selection.from && !isSame(slot, selection))
  return before ?? slots[slots.length - 1]
}

function isSame(slot: SlotRange, selection: { from: number; to: number }): boolean {
  return slot.from === selection.from && slot.to === selection.to
}

/** Splits a phrase into plain runs and slots, for inserting it with slots marked. */
export function splitBySlots(text: string): { text: string; slot: boolean }[] {
  const parts: { text: string; slot: boolean }[] = []
  let cursor = 0
  for (const slot of findSlots(text)) {
    if (slot.from > cursor) parts.push({ text: text.slice(cursor, slot.from), slot: false })
    parts.push({ text: slot.text, slot: true })
    cursor = slot.to
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), slot: false })
  return parts
}
