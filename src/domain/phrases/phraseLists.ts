import type { Phrase } from './types'

export const RECENT_LIMIT = 20

/** The last `limit` phrases used, most recent first (hidden ones included: the user chose them). */
export function recentPhrases(phrases: readonly Phrase[], limit = RECENT_LIMIT): Phrase[] {
  return phrases
    .filter((phrase) => phrase.lastUsedAt > 0)
    .sort((a, b) => b.lastUsedAt - a.lastUsedAt)
    .slice(0, limit)
}

/** Favourites, most used first, then in library order. */
export function favouritePhrases(phrases: readonly Phrase[]): Phrase[] {
  return phrases
    .map((phrase, order) => ({ phrase, order }))
    .filter(({ phrase }) => phrase.favorite)
    .sort((a, b) => b.phrase.useCount - a.phrase.useCount || a.order - b.order)
    .map(({ phrase }) => phrase)
}

/** Validates a phrase text; returns a Chinese error message or null. */
export function phraseTextError(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '') return '常用语不能为空'
  if (trimmed.length > 1000) return '常用语不能超过 1000 字'
  return null
}
