import { chineseNumeral } from '../outline/chineseNumeral'
import { sentenceAround, yearPhraseAround, yearPhraseIn, type YearPhrase } from './yearPhrases'

/**
 * The roll-over rules (复制为新年度计划): which years in a plan's text move to the new year.
 *
 * Replaced (the copy reads the new year):
 * - the plan year followed by 年: `2025年` `2025年底` `2025年度` `2025年12月`, in digits (ASCII or
 *   full-width) or Chinese numerals (`二〇二五年`), written back in the same form;
 * - the placeholder `20xx` / `20XX` / `20××` (with or without 年): it becomes the new year.
 *
 * Left as written and listed for the user (the report offers 改为… and 保留为历史年份):
 * - a range that contains the plan year (`2025—2027年`, `2021—2025年`, `2025年至2027年`): a
 *   three-year action plan or a planning period does not move by itself; one that starts at the
 *   plan year is offered shifted as a whole (`2026—2028年`). A range of placeholders
 *   (`20xx—20xx年`) is listed to be filled by hand;
 * - a year written as history: `2016年版`, `2018年修正`, `自2018年以来`, `成立于1998年`,
 *   `《…（2021年修正）》`, any year inside 《…》 (a document's name — even the plan year: it may
 *   be a superior body's plan, so it is listed with 改为新年度 offered);
 * - the year before the plan year (`2024年以来`, `比2024年增长`): last year's results and the
 *   base of comparisons; the figures beside them need the user, so they are listed, with the
 *   year after it (the new plan's previous year) offered (not when it names a version, a
 *   revision or a document: `2024年版` is history);
 * - earlier years (history), later years (targets such as `到2035年`; the year after the plan
 *   year is offered moved on too, `为2026年打下基础`);
 * - the plan year written without 年 (`2025工作计划`, `2025.12`): listed, not guessed; a number
 *   that counts something (`2025人次`, `2025元`) is no year and is not listed;
 * - the five-year period (`十四五`) when the new year falls in the next one (2026: `十五五`);
 * - any year in a sentence that says what its year is (domain/rollover/yearPhrases): `2025年是
 *   “十四五”规划的收官之年`, `2026年是建会70周年`, `第一年`: true of that year only. The plan
 *   year is offered moved on only when the sentence may still hold (`2026年是“十五五”开局之年`
 *   is not offered as 2027); a sentence with such a phrase and no year but 今年 / 明年 or the
 *   period's name (`今年是开局之年`, `推动“十五五”开局`) is listed too: it goes on being true
 *   of a year the new plan is not about.
 *
 * Relative words (今年, 明年, 去年, 年内, 年底) are relative to the plan's own year and stay.
 * Every replacement has the length of what it replaces, so offsets of the other years in the
 * same text stay valid after any of them is made or undone.
 */

export interface RollYearsOptions {
  fromYear: number
  toYear: number
}

export type YearKind =
  /** Replaced: the plan year. */
  | 'planYear'
  /** Replaced: `20xx`. */
  | 'placeholder'
  /** Left: a range with the plan year in it, or of placeholders. */
  | 'range'
  /** Left: a year written as history, or before last year. */
  | 'history'
  /** Left: the plan year inside 《…》. */
  | 'document'
  /** Left: the year before the plan year. */
  | 'lastYear'
  /** Left: the plan year without 年. */
  | 'bareNumber'
  /** Left: a year after the plan year. */
  | 'laterYear'
  /** Left: `十四五` when the new year is in another five-year period. */
  | 'period'
  /**
   * Left: a year (or, with no year, a phrase) in a sentence that says what the year is —
   * `2025年是“十四五”收官之年`, `今年是开局之年`, `建会70周年`: true of that year only.
   */
  | 'milestone'

export interface YearOccurrence {
  /** Where it is in the text given (before any replacement; lengths never change). */
  start: number
  end: number
  /** As written in the source: `2025`, `20xx`, `2025—2027`, `十四五`. */
  original: string
  /** What it became (replaced) or what the report offers (left); '' when nothing is offered. */
  replacement: string
  replaced: boolean
  kind: YearKind
  /** Why, in Chinese, for the report. */
  reason: string
  /** The years written (two for a range): what 保留为历史年份 keeps. */
  years: number[]
  /** Up to CONTEXT characters of the same line before and after, as in the source. */
  before: string
  after: string
}

export interface RolledText {
  text: string
  replaced: YearOccurrence[]
  left: YearOccurrence[]
}

const CONTEXT = 14
const MIN_YEAR = 1900
const MAX_YEAR = 2099

const FULL_WIDTH_ZERO = 0xff10
const DIGIT = /[0-9０-９]/
const CHINESE_DIGITS = '〇一二三四五六七八九'
const CHINESE_ZEROS = '〇零○'

/** A year written in digits, Chinese numerals (only before 年), or the placeholder 20xx. */
const YEAR_TOKEN =
  /[0-9０-９]{4}|[2２][0０][xXｘＸ×]{2}|(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)/g

/** Between the two years of a range: `—` `——` `-` `～` `至` `到`, the first year's 年 allowed. */
const RANGE_JOIN = /^年?\s*(?:[—–\-－~～〜]{1,2}|至|到)\s*$/

/** After the year: it is written as history. */
const HISTORY_AFTER = /^年?\s*(?:版|以前|之前|修正|修订|修改|颁布|印发|发布|公布|通过)/
/** After the year: the start of a time up to now (`2018年以来`). */
const SINCE_AFTER = /^年?\s*(?:以来|来|至今)/
/** Before the year: `自2018年`, `从2015年`, `成立于1998年`. */
const HISTORY_BEFORE = /(?:自|从|始于|成立于|建于|创建于|组建于)\s*$/
/** `《工会法》（2021年修正）`: the year of a law or document cited. */
const CITATION_BEFORE = /》\s*[（(][^（()）]*$/
/** `2025人次`, `2025元`: a number that counts something. */
const QUANTITY_AFTER =
  /^\s*(?:人|元|万|亿|千|百|个|次|名|家|项|件|户|场|期|篇|台|米|公里|千米|吨|册|份|本|所|座|套|平方|亩|余|多|%|％|‰)/
/** `十四五`: a five-year plan period. */
const PERIOD = /(?<![一二三四五六七八九十])十[一二三四五六七八九]?五(?![一二三四五六七八九十])/g

interface Token {
  start: number
  end: number
  /** null for the placeholder. */
  value: number | null
}

function readTokens(text: string): Token[] {
  const tokens: Token[] = []
  YEAR_TOKEN.lastIndex = 0
  for (let match = YEAR_TOKEN.exec(text); match; match = YEAR_TOKEN.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    // 12025 or 20251 is no year.
    if (DIGIT.test(text[start - 1] ?? '') || DIGIT.test(text[end] ?? '')) continue
    const value = yearValue(match[0])
    if (value !== null && (value < MIN_YEAR || value > MAX_YEAR)) continue
    tokens.push({ start, end, value })
  }
  return tokens
}

/** The year a token is (`2025`, `２０２５`, `二〇二五`); null for the placeholder `20xx`. */
export function yearValue(written: string): number | null {
  if (/[xXｘＸ×]/.test(written)) return null
  const digits = [...written].map((char) => {
    const code = char.charCodeAt(0)
    if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) return code - FULL_WIDTH_ZERO
    if (CHINESE_ZEROS.includes(char)) return 0
    const chinese = CHINESE_DIGITS.indexOf(char)
    return chinese >= 0 ? chinese : Number(char)
  })
  return Number(digits.join(''))
}

/** `year` written the way `like` is: ASCII, full-width or Chinese digits (with its own zero). */
export function writeYearLike(year: number, like: string): string {
  const digits = String(year).split('').map(Number)
  const first = like.charCodeAt(0)
  if (first >= FULL_WIDTH_ZERO && first <= FULL_WIDTH_ZERO + 9)
    return digits.map((digit) => String.fromCharCode(FULL_WIDTH_ZERO + digit)).join('')
  if (/[0-9]/.test(like[0]) || /[xXｘＸ×]/.test(like)) return digits.join('')
  const zero = [...like].find((char) => CHINESE_ZEROS.includes(char)) ?? '〇'
  return digits.map((digit) => (digit === 0 ? zero : CHINESE_DIGITS[digit])).join('')
}

/** The five-year plan period a year is in (14 for 2021–2025); null before the third (1966). */
export function fiveYearPeriod(year: number): number | null {
  return year >= 1966 ? Math.floor((year - 1966) / 5) + 3 : null
}

export const periodName = (period: number): string => `${chineseNumeral(period)}五`

function contextOf(text: string, start: number, end: number) {
  const before = text.slice(Math.max(0, start - CONTEXT), start)
  const after = text.slice(end, end + CONTEXT)
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: after.split('\n')[0] }
}

const insideBookTitle = (before: string) => before.lastIndexOf('《') > before.lastIndexOf('》')

/**
 * How a year is written around it: history (a version, a revision, a law cited), the start of
 * a time up to now (自…以来), a document's name, or plain.
 */
function historyContext(text: string, token: Token): 'history' | 'since' | 'document' | null {
  const line = text.slice(0, token.start)
  const before = line.slice(line.lastIndexOf('\n') + 1)
  const after = text.slice(token.end)
  if (HISTORY_AFTER.test(after) || CITATION_BEFORE.test(before)) return 'history'
  if (insideBookTitle(before)) return 'document'
  return SINCE_AFTER.test(after) || HISTORY_BEFORE.test(before) ? 'since' : null
}

type Verdict = Pick<YearOccurrence, 'replacement' | 'replaced' | 'kind' | 'reason'>

function classifyRange(first: Token, second: Token, written: string, options: RollYearsOptions) {
  const { fromYear, toYear } = options
  const delta = toYear - fromYear
  const [a, b] = [first.value, second.value]
  if (a === null || b === null) return left('range', '', '年份范围中的占位年份，需手工填写')
  if (a === fromYear) {
    const shifted =
      writeYearLike(a + delta, written) +
      written.slice(first.end - first.start, second.start - first.start) +
      writeYearLike(b + delta, written.slice(second.start - first.start))
    return left('range', shifted, '从计划年度开始的年份范围（如三年行动计划），是否顺延请确认')
  }
  if (a < fromYear && b >= fromYear)
    return left('range', '', '包含计划年度的年份范围（如规划期），未改动')
  if (b < fromYear) return left('history', '', '过去的年份范围，未改动')
  return left('laterYear', '', '以后的年份范围，未改动')
}

function left(kind: YearKind, replacement: string, reason: string): Verdict {
  return { kind, replacement, reason, replaced: false }
}

function classifyYear(text: string, token: Token, options: RollYearsOptions): Verdict | null {
  const { fromYear, toYear } = options
  const written = text.slice(token.start, token.end)
  const newYear = writeYearLike(toYear, written)
  const context = historyContext(text, token)
  if (token.value === null) {
    if (context === 'document') return left('document', newYear, '文件名中的占位年份，请确认')
    return { kind: 'placeholder', replacement: newYear, replaced: true, reason: '占位年份' }
  }
  const year = token.value
  const withNian = text[token.end] === '年'
  if (!withNian) {
    if (year !== fromYear || QUANTITY_AFTER.test(text.slice(token.end))) return null
    return left('bareNumber', newYear, '未带“年”字，不能确定是否为年份')
  }
  if (year === fromYear) {
    if (context === 'history' || context === 'since')
      return left('history', newYear, '计划年度写作历史（版本、修订、以来）')
    if (context === 'document') return left('document', newYear, '文件名中的年份，可能是上级文件')
    return { kind: 'planYear', replacement: newYear, replaced: true, reason: '计划年度' }
  }
  if (context === 'history') return left('history', '', '历史年份（版本、修订、法规）')
  if (context === 'document') return left('history', '', '文件名中的年份')
  const nextOne = writeYearLike(year + (toYear - fromYear), written)
  // `2024年以来` in a 2025 plan counts results since last year: next year's plan would say
  // `2025年以来` with new figures, so it is offered, not made.
  if (year === fromYear - 1 && context === 'since')
    return left('lastYear', nextOne, '上一年度（“以来”）：成绩的起算年份，其后的数据可能需要更新')
  if (context === 'since') return left('history', '', '历史年份（自…以来）')
  if (year === fromYear - 1)
    return left('lastYear', nextOne, '上一年度：多为去年的成绩或比较基数，其中的数据可能需要更新')
  if (year < fromYear) return left('history', '', '早于上一年度的年份')
  if (year === fromYear + 1) return left('laterYear', nextOne, '计划年度的下一年')
  return left('laterYear', '', '以后的年份（目标年份），未改动')
}

/**
 * A year in a sentence that says what its year is: never moved by itself. The plan year is
 * offered moved on unless the sentence is then false; other years (last year's 收官之年) are
 * offered nothing: the sentence is about that year, not a base of comparison.
 */
function yearBound(
  verdict: Verdict,
  token: Token,
  phrase: YearPhrase,
  { fromYear, toYear }: RollYearsOptions,
): Verdict {
  const movable = verdict.replaced || verdict.kind === 'lastYear' || verdict.kind === 'laterYear'
  if (!movable) return verdict
  const { trueOf, says } = phrase
  if (token.value !== null && token.value !== fromYear)
    return left(
      'milestone',
      '',
      `此句说的是${token.value}年（${says}），不是比较基数：可保留为历史年份，或改写此句`,
    )
  if (trueOf !== null && trueOf !== toYear)
    return left(
      'milestone',
      '',
      `${says}是${trueOf}年，此句改为${toYear}年就不成立了：可保留为历史年份，或改写此句`,
    )
  return left(
    'milestone',
    verdict.replacement,
    `${says}只对某一年成立，改为${toYear}年前请核实此句`,
  )
}

/** 今年 / 明年 or a period's name: a sentence without a year that still names one. */
const NAMES_A_YEAR = /今年|本年|明年|十[一二三四五六七八九]?五/

/**
 * Sentences that say what a year is without writing the year (`今年是开局之年`, `推动“十五五”
 * 开局起步`): listed, nothing offered, when they may stop being true in the new plan.
 */
function phraseOccurrences(
  text: string,
  tokens: readonly Token[],
  listed: readonly YearOccurrence[],
  { fromYear, toYear }: RollYearsOptions,
): YearOccurrence[] {
  const occurrences: YearOccurrence[] = []
  let start = 0
  while (start < text.length) {
    const [, end] = sentenceAround(text, start)
    const taken = (at: number) => at >= start && at < end
    const phrase = yearPhraseIn(text.slice(start, end), start)
    if (
      phrase &&
      NAMES_A_YEAR.test(text.slice(start, end)) &&
      !tokens.some((token) => taken(token.start)) &&
      !listed.some((occurrence) => taken(occurrence.start)) &&
      (phrase.trueOf === null || phrase.trueOf === fromYear || phrase.trueOf === toYear)
    )
      occurrences.push({
        start: phrase.start,
        end: phrase.end,
        original: phrase.text,
        replacement: '',
        replaced: false,
        kind: 'milestone',
        reason:
          phrase.trueOf === null
            ? `${phrase.says}只对某一年成立，在${toYear}年的计划中请核实此句`
            : `${phrase.says}是${phrase.trueOf}年，在${toYear}年的计划中请核实此句`,
        years: [],
        ...contextOf(text, phrase.start, phrase.end),
      })
    start = end + 1
  }
  return occurrences
}

/** Roll the years of one text (a title, or a body's plain text) from one plan year to another. */
export function rollYears(text: string, options: RollYearsOptions): RolledText {
  const occurrences: YearOccurrence[] = []
  const tokens = readTokens(text)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    const next = tokens[index + 1]
    const isRange = next && RANGE_JOIN.test(text.slice(token.end, next.start))
    const end = isRange ? next.end : token.end
    const written = text.slice(token.start, end)
    const plain = isRange
      ? classifyRange(token, next, written, options)
      : classifyYear(text, token, options)
    if (isRange) index++
    if (!plain) continue
    const phrase = isRange ? null : yearPhraseAround(text, token.start, end)
    const verdict = phrase ? yearBound(plain, token, phrase, options) : plain
    const years = (isRange ? [token.value, next.value] : [token.value]).filter(
      (year): year is number => year !== null,
    )
    occurrences.push({
      start: token.start,
      end,
      original: written,
      years,
      ...verdict,
      ...contextOf(text, token.start, end),
    })
  }
  occurrences.push(...periodOccurrences(text, options))
  occurrences.push(...phraseOccurrences(text, tokens, occurrences, options))
  occurrences.sort((a, b) => a.start - b.start)

  let rolled = ''
  let at = 0
  for (const occurrence of occurrences) {
    if (!occurrence.replaced) continue
    rolled += text.slice(at, occurrence.start) + occurrence.replacement
    at = occurrence.end
  }
  rolled += text.slice(at)
  return {
    text: rolled,
    replaced: occurrences.filter((occurrence) => occurrence.replaced),
    left: occurrences.filter((occurrence) => !occurrence.replaced),
  }
}

/** `十四五` when the new year is in the next period: listed with the new period's name offered. */
function periodOccurrences(text: string, { fromYear, toYear }: RollYearsOptions) {
  const from = fiveYearPeriod(fromYear)
  const to = fiveYearPeriod(toYear)
  // Before the 十一五 (2006), 十五 is also the number fifteen.
  if (from === null || to === null || from === to || from < 11) return []
  const name = periodName(from)
  const occurrences: YearOccurrence[] = []
  PERIOD.lastIndex = 0
  for (let match = PERIOD.exec(text); match; match = PERIOD.exec(text)) {
    if (match[0] !== name) continue
    const start = match.index
    const end = start + name.length
    // `“十四五”收官之年`: the new period's name would make it false.
    const phrase = yearPhraseAround(text, start, end)
    const bound = phrase !== null && phrase.trueOf !== null
    occurrences.push({
      start,
      end,
      original: name,
      replacement: bound ? '' : periodName(to),
      replaced: false,
      kind: 'period',
      reason: bound
        ? `${toYear}年属于“${periodName(to)}”时期；但此句说的是${phrase.says}（${phrase.trueOf}年），请改写此句`
        : `${toYear}年属于“${periodName(to)}”时期`,
      years: [],
      ...contextOf(text, start, end),
    })
  }
  return occurrences
}
