/** A heading's title and the body text run in after it. */
export interface RunIn {
  title: string
  rest: string
}

/** A title longer than this is cut at its first comma (the rest stays body text). */
export const MAX_TITLE = 40
/** A line without a sentence end longer than this is a paragraph, not a heading on its own. */
export const LONG_LINE = 60

const OPENERS = '“‘「『《〈（(【'
const CLOSERS = '”’」』》〉）)】'
const STOPS = '。；：！？;'
const TRAILING_PUNCTUATION = /[。．.；;：:，,、！？!?\s\u3000]+$/

/**
 * Splits the text after a heading's number into title and rest: the title is the first sentence
 * (up to 。；：, outside quotes and brackets); a run-on title is cut at its first comma; a line
 * with nothing after its sentence end is a heading alone.
 */
export function splitRunIn(text: string): RunIn {
  const stop = firstStop(text)
  if (stop >= 0) {
    const title = text.slice(0, stop)
    const rest = trimStart(text.slice(stop + 1))
    if (title.length > MAX_TITLE) {
      const comma = firstComma(title)
      if (comma > 0)
        return { title: cleanTitle(title.slice(0, comma)), rest: trimStart(text.slice(comma + 1)) }
    }
    return { title: cleanTitle(title), rest }
  }
  if (text.length > LONG_LINE) {
    const comma = firstComma(text)
    if (comma > 0 && comma <= MAX_TITLE)
      return { title: cleanTitle(text.slice(0, comma)), rest: trimStart(text.slice(comma + 1)) }
  }
  return { title: cleanTitle(text), rest: '' }
}

/** A title without a final 。 or other trailing punctuation. */
export function cleanTitle(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '')
}

const ANY_STOP = /[。；：！？;]|:(?!\d)/
const ANY_OPENER = /[“‘「『《〈（(【]/

function firstStop(text: string): number {
  // The common case without a quote or bracket before the first stop needs no scan.
  const stop = ANY_STOP.exec(text)
  if (stop === null) return -1
  if (!ANY_OPENER.test(text.slice(0, stop.index))) return stop.index
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (OPENERS.includes(character)) depth++
    else if (CLOSERS.includes(character)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && STOPS.includes(character)) return index
    // An ASCII colon ends a sentence too, but not in a time such as 8:30.
    else if (depth === 0 && character === ':' && !/\d/.test(text[index + 1] ?? '')) return index
  }
  return -1
}

function firstComma(text: string): number {
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (OPENERS.includes(character)) depth++
    else if (CLOSERS.includes(character)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && (character === '，' || character === ',')) return index
  }
  return -1
}

function trimStart(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+/, '')
}
