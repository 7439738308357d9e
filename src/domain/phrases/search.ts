import type { Phrase } from './types'
import type { SearchTools } from './searchTools'

/** What search compares a phrase against, computed once per phrase text (not per keystroke). */
export interface PhraseSearchEntry {
  /** Simplified, lower-case text. */
  text: string
  /** Toneless pinyin, one syllable per character of `text`, lower-case. */
  syllables: string[]
  /** The syllables joined: `weihuzhigong…`. */
  full: string
  /** Where each syllable starts in `full`. */
  syllableStarts: number[]
  /** First letters: `whzg…`. */
  initials: string
  /** Whether offsets in `text` are offsets in the phrase's own text (for highlighting). */
  sameLength: boolean
}

/** Pinyin known in advance: simplified lower-case text → syllables joined by spaces. */
export type KnownPinyin = Readonly<Record<string, string>>

/**
 * The pinyin of a text: from `known` (the built-in phrases', computed at build time in
 * searchBuiltinPinyin.data, so searching them needs no pinyin-pro), else by `tools`.
 */
export function syllablesOf(
  simplified: string,
  tools: Pick<SearchTools, 'syllablesOf'>,
  known: KnownPinyin = {},
): string[] {
  const syllables = known[simplified]
  if (syllables !== undefined) return syllables.split(' ')
  return tools.syllablesOf(simplified).map((syllable) => syllable.toLowerCase())
}

export function buildSearchEntry(
  text: string,
  tools: SearchTools,
  known: KnownPinyin = {},
): PhraseSearchEntry {
  const simplified = tools.toSimplified(text).toLowerCase()
  let syllables = syllablesOf(simplified, tools, known)
  // pinyin-pro gives one item per character; if not, fall back to the characters themselves.
  if (syllables.length !== simplified.length) syllables = Array.from(simplified)
  const syllableStarts: number[] = []
  let full = ''
  for (const syllable of syllables) {
    syllableStarts.push(full.length)
    full += syllable
  }
  return {
    text: simplified,
    syllables,
    full,
    syllableStarts,
    initials: syllables.map((syllable) => syllable[0] ?? '').join(''),
    sameLength: simplified.length === text.length,
  }
}

/** Match quality, best first. Ranking sorts by this, then favourites, then use count. */
export const MATCH_SCORE = {
  exact: 100,
  textPrefix: 90,
  text: 80,
  initialsPrefix: 70,
  pinyinPrefix: 65,
  initials: 60,
  pinyin: 55,
  mixed: 50,
} as const

export interface TermMatch {
  score: number
  /** Matched character range in the phrase text, when known. */
  from: number
  to: number
}

const LATIN = /^[a-z0-9]+$/

/** How one query term (already simplified and lower-case) matches an entry; null if not. */
export function matchTerm(entry: PhraseSearchEntry, term: string): TermMatch | null {
  const at = entry.text.indexOf(term)
  if (at !== -1) {
    const score =
      entry.text === term ? MATCH_SCORE.exact : at === 0 ? MATCH_SCORE.textPrefix : MATCH_SCORE.text
    return { score, from: at, to: at + term.length }
  }
  if (!LATIN.test(term)) return null

  const initialAt = entry.initials.indexOf(term)
  if (initialAt !== -1) {
    const score = initialAt === 0 ? MATCH_SCORE.initialsPrefix : MATCH_SCORE.initials
    return { score, from: initialAt, to: initialAt + term.length }
  }

  const pinyinAt = syllableAlignedIndexOf(entry, term)
  if (pinyinAt !== null) {
    return {
      score: pinyinAt.from === 0 ? MATCH_SCORE.pinyinPrefix : MATCH_SCORE.pinyin,
      ...pinyinAt,
    }
  }

  const mixed = mixedMatch(entry, term)
  return mixed ? { score: MATCH_SCORE.mixed, ...mixed } : null
}

/** `term` inside the full pinyin, starting on a syllable boundary; returns character offsets. */
function syllableAlignedIndexOf(
  entry: PhraseSearchEntry,
  term: string,
): { from: number; to: number } | null {
  let index = entry.full.indexOf(term)
  while (index !== -1) {
    const syllable = entry.syllableStarts.indexOf(index)
    if (syllable !== -1) {
      let end = syllable
      while (end < entry.syllables.length && entry.syllableStarts[end] < index + term.length) end++
      return { from: syllable, to: end }
    }
    index = entry.full.indexOf(term, index + 1)
  }
  return null
}

/** Consecutive syllables each typed as a prefix (`weihzg`, `weihuzhig`); character offsets. */
function mixedMatch(entry: PhraseSearchEntry, term: string): { from: number; to: number } | null {
  const { syllables, initials } = entry
  for (let start = initials.indexOf(term[0]); start !== -1;) {
    const end = matchFrom(syllables, start, term, 0)
    if (end !== -1) return { from: start, to: end }
    start = initials.indexOf(term[0], start + 1)
  }
  return null
}

// Returns the syllable index after the match, or -1.
function matchFrom(syllables: string[], index: number, term: string, offset: number): number {
  if (offset === term.length) return index
  if (index >= syllables.length) return -1
  const syllable = syllables[index]
  const longest = Math.min(syllable.length, term.length - offset)
  for (let length = longest; length >= 1; length--) {
    if (!term.startsWith(syllable.slice(0, length), offset)) continue
    const end = matchFrom(syllables, index + 1, term, offset + length)
    if (end !== -1) return end
  }
  return -1
}

export interface SearchResult {
  phrase: Phrase
  score: number
  /** Character range to highlight in `phrase.text`, or null. */
  highlight: { from: number; to: number } | null
}

/** Splits what the user typed into simplified, lower-case terms (spaces separate terms). */
export function queryTerms(query: string, tools: Pick<SearchTools, 'toSimplified'>): string[] {
  return tools
    .toSimplified(query.trim().toLowerCase())
    .split(/[\s,，、]+/)
    .filter((term) => term !== '')
}

/**
 * Phrases matching every term, ranked by match quality, then favourites, then use count, then
 * their original order. `entryOf` returns the precomputed entry of a phrase.
 */
export function searchPhrases(
  phrases: readonly Phrase[],
  terms: readonly string[],
  entryOf: (phrase: Phrase) => PhraseSearchEntry,
): SearchResult[] {
  if (terms.length === 0) return phrases.map((phrase) => ({ phrase, score: 0, highlight: null }))
  const results: (SearchResult & { order: number })[] = []
  phrases.forEach((phrase, order) => {
    const entry = entryOf(phrase)
    let score = Infinity
    let highlight: SearchResult['highlight'] = null
    for (const term of terms) {
      const match = matchTerm(entry, term)
      if (!match) return
      if (match.score < score) score = match.score
      highlight ??= entry.sameLength ? { from: match.from, to: match.to } : null
    }
    results.push({ phrase, score, highlight, order })
  })
  results.sort(
    (a, b) =>
      b.score - a.score ||
      Number(!!b.phrase.favorite) - Number(!!a.phrase.favorite) ||
      b.phrase.useCount - a.phrase.useCount ||
      a.order - b.order,
  )
  return results.map(({ phrase, score, highlight }) => ({ phrase, score, highlight }))
}

/**
 * Caches entries by phrase text, so editing one phrase re-indexes only that phrase. When the
 * query only grows (the user keeps typing), it searches the previous results instead of all.
 */
export function createSearchIndex(tools: SearchTools, known: KnownPinyin = {}) {
  const cache = new Map<string, PhraseSearchEntry>()
  const entryOf = (phrase: Phrase): PhraseSearchEntry => {
    let entry = cache.get(phrase.text)
    if (!entry) {
      entry = buildSearchEntry(phrase.text, tools, known)
      cache.set(phrase.text, entry)
    }
    return entry
  }
  // Original positions, per phrase list (built once, not per keystroke).
  const orders = new WeakMap<readonly Phrase[], Map<Phrase, number>>()
  let last: { phrases: readonly Phrase[]; key: string; matches: Phrase[] } | null = null
  return {
    entryOf,
    /** Whether the phrase's entry is computed already (search would not compute it). */
    has: (phrase: Phrase): boolean => cache.has(phrase.text),
    search(phrases: readonly Phrase[], query: string): SearchResult[] {
      const terms = queryTerms(query, tools)
      const key = terms.join(' ')
      // Every way of matching is monotonic: a match of "weihu" is also a match of "weih".
      const narrowing =
        last !== null && last.phrases === phrases && key.startsWith(last.key) && last.key !== ''
      const results = searchPhrases(narrowing ? last!.matches : phrases, terms, entryOf)
      last = { phrases, key, matches: results.map((result) => result.phrase) }
      if (narrowing) {
        // Keep ties in the original order, as a full search would.
        let order = orders.get(phrases)
        if (!order) {
          order = new Map(phrases.map((phrase, index) => [phrase, index]))
          orders.set(phrases, order)
        }
        results.sort(
          (a, b) =>
            b.score - a.score ||
            Number(!!b.phrase.favorite) - Number(!!a.phrase.favorite) ||
            b.phrase.useCount - a.phrase.useCount ||
            order!.get(a.phrase)! - order!.get(b.phrase)!,
        )
      }
      return results
    },
  }
}

export type PhraseSearchIndex = ReturnType<typeof createSearchIndex>

/** Yields to the browser (input, paint) between slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Computes the entries of `phrases` in slices of about `sliceMs` each, yielding between them, so
 * that building the pinyin of thousands of phrases never blocks a keystroke. Resolves true when
 * every entry is there, false if `cancelled()` said stop first.
 */
export async function warmSearchIndex(
  index: PhraseSearchIndex,
  phrases: readonly Phrase[],
  {
    sliceMs = 8,
    cancelled = (): boolean => false,
    yieldToBrowser = nextTask,
  }: { sliceMs?: number; cancelled?: () => boolean; yieldToBrowser?: () => Promise<void> } = {},
): Promise<boolean> {
  let next = 0
  while (next < phrases.length) {
    if (cancelled()) return false
    const start = performance.now()
    do {
      const phrase = phrases[next++]
      if (!index.has(phrase)) index.entryOf(phrase)
    } while (next < phrases.length && performance.now() - start < sliceMs)
    if (next < phrases.length) await yieldToBrowser()
  }
  return !cancelled()
}
