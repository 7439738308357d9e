import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/db'
import { sortPhrases } from '../domain/phrases/sortPhrases'
import { sortCategories } from '../domain/phrases/categories'
import type { Phrase, PhraseCategory } from '../domain/phrases/types'

/** All phrases (hidden ones too), in library order. `undefined` while loading. */
export function usePhrases(): Phrase[] | undefined {
  return useLiveQuery(async () => sortPhrases(await db.phrases.toArray()), [])
}

/** All categories in display order. `undefined` while loading. */
export function usePhraseCategories(): PhraseCategory[] | undefined {
  return useLiveQuery(async () => sortCategories(await db.phraseCategories.toArray()), [])
}
