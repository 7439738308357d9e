import { BUILTIN_PHRASES } from './builtinPhrases.data'
import type { Phrase } from './types'

const builtinOrder = new Map(BUILTIN_PHRASES.map((phrase, index) => [phrase.key, index]))

/** Library order: built-ins in the order they are written, then the user's by creation time. */
export function sortPhrases(phrases: Phrase[]): Phrase[] {
  const rank = (phrase: Phrase) =>
    phrase.builtinKey !== undefined && builtinOrder.has(phrase.builtinKey)
      ? builtinOrder.get(phrase.builtinKey)!
      : builtinOrder.size + phrase.createdAt
  return [...phrases].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
}
