/** A match in a field's plain text: [from, to) in UTF-16 units. */
export interface TextRange {
  from: number
  to: number
}

type CharacterClass = 'han' | 'word' | 'other'

const HAN = /\p{Script=Han}/u
const WORD = /[\p{L}\p{N}_]/u

function classOf(character: string | undefined): CharacterClass {
  if (!character) return 'other'
  if (HAN.test(character)) return 'han'
  return WORD.test(character) ? 'word' : 'other'
}

/**
 * 整词匹配, for text without spaces between words: a match is whole when neither of its ends
 * runs on into more characters of the same kind. Kinds are Chinese characters, letters/digits
 * (Latin or full-width) and everything else (punctuation, spaces, line ends, the start or end of
 * the field), which always bounds a match. So 工会 is whole in 「工会，」 and 「职工 工会」 but
 * not in 「工会组织」; Ab is whole in 「Ab工会」 but not in 「Abc」.
 */
export function isWholeMatch(folded: string, from: number, to: number): boolean {
  const first = classOf(folded[from])
  const last = classOf(folded[to - 1])
  const before = classOf(folded[from - 1])
  const after = classOf(folded[to])
  const edgeOk = (edge: CharacterClass, neighbour: CharacterClass) =>
    edge === 'other' || edge !== neighbour
  return edgeOk(first, before) && edgeOk(last, after)
}

/** Non-overlapping occurrences of `query` in `text`, both already folded, left to right. */
export function findInText(folded: string, query: string, wholePhrase: boolean): TextRange[] {
  const ranges: TextRange[] = []
  if (!query) return ranges
  let at = folded.indexOf(query)
  while (at !== -1) {
    const to = at + query.length
    if (!wholePhrase || isWholeMatch(folded, at, to)) {
      ranges.push({ from: at, to })
      at = folded.indexOf(query, to)
    } else at = folded.indexOf(query, at + 1)
  }
  return ranges
}
