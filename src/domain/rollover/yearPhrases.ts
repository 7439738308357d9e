/**
 * Words that say what one particular year is (开局之年, 收官之年, 第一年, 建党105周年): a sentence
 * with one of them is true of its year only, so the roll-over never moves its year by itself and
 * the plan check knows the sentence is about that year, not a comparison.
 */
const YEAR_PHRASE =
  /开局|收官|开篇|起步之年|之年|首年|末年|元年|最后一年|周年|第[一二三四五六七八九十两0-9０-９]+个?年(?![度级底初中末])/g

/** Where a sentence ends: its punctuation or a line break. */
const SENTENCE_END = /[。！？；!?;\n]/

/** `十五五`: a five-year plan period (not inside a longer numeral). */
const PERIOD = /(?<![一二三四五六七八九十])十([一二三四五六七八九])?五(?![一二三四五六七八九十])/g
const CHINESE_DIGITS = '一二三四五六七八九'

/** Words for the first and the last year of a period. */
const FIRST = /^(?:开局|开篇|起步之年|首年|元年|第[一1１]个?年)$/
const LAST = /^(?:收官|末年|最后一年|第[五5５]个?年)$/

export interface YearPhrase {
  /** As written: `开局`, `之年`, `周年`. */
  text: string
  /** In the text given. */
  start: number
  end: number
  /**
   * The year the sentence is true of, when it names the period and its first or last year
   * (`“十五五”规划的开局之年` → 2026); null when it cannot be told.
   */
  trueOf: number | null
  /** What the sentence says, for a reason: `“十五五”的开局之年`. */
  says: string
}

/** [start, end) of the sentence around `at`. */
export function sentenceAround(text: string, at: number, to = at): [number, number] {
  let start = at
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--
  let end = to
  while (end < text.length && !SENTENCE_END.test(text[end])) end++
  return [start, end]
}

/** The period's number from its name: 15 for 十五五, 10 for 十五. */
const periodNumber = (middle: string | undefined) =>
  10 + (middle ? CHINESE_DIGITS.indexOf(middle) + 1 : 0)

/** The first year of a five-year period (2026 for the 十五五); the same sums as fiveYearPeriod. */
const firstYearOf = (period: number) => 1966 + (period - 3) * 5

/**
 * The year-bound phrase of the sentence around [from, to) of `text`, or null. Offsets of the
 * result are in `text`.
 */
export function yearPhraseAround(text: string, from: number, to = from): YearPhrase | null {
  const [start, end] = sentenceAround(text, from, to)
  return yearPhraseIn(text.slice(start, end), start)
}

/**
 * The year-bound phrase of one sentence (`offset`: where the sentence starts in its text): the
 * first that names a period's first or last year if any (`“十四五”收官之年`, with the period
 * written nearest before it), else the first.
 */
export function yearPhraseIn(sentence: string, offset = 0): YearPhrase | null {
  const matches = [...sentence.matchAll(YEAR_PHRASE)]
  if (matches.length === 0) return null
  const periods = [...sentence.matchAll(PERIOD)]
  for (const match of matches) {
    const first = FIRST.test(match[0])
    if (!first && !LAST.test(match[0])) continue
    const before = periods.filter((period) => period.index < match.index)
    const period = before.length > 0 ? before[before.length - 1] : periods[0]
    const number = period ? periodNumber(period[1]) : 0
    // Before the 十一五 (2006), 十五 is also the number fifteen.
    if (number < 11) continue
    return {
      text: match[0],
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      trueOf: firstYearOf(number) + (first ? 0 : 4),
      says: `“${period[0]}”的${first ? '开局之年' : '收官之年'}`,
    }
  }
  const [match] = matches
  return {
    text: match[0],
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    trueOf: null,
    says: `“${match[0]}”`,
  }
}
