import { useEffect, useMemo, useState } from 'react'
import {
  createSearchIndex,
  type PhraseSearchIndex,
  type SearchResult,
} from '../../domain/phrases/search'
import { loadSearchTools } from '../../domain/phrases/searchTools'
import type { Phrase } from '../../domain/phrases/types'

/** The search index, once opencc-js and pinyin-pro have loaded (lazily, on first panel open). */
function useSearchIndex(): PhraseSearchIndex | null {
  const [index, setIndex] = useState<PhraseSearchIndex | null>(null)
  useEffect(() => {
    let cancelled = false
    loadSearchTools().then(
      (tools) => !cancelled && setIndex(createSearchIndex(tools)),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [])
  return index
}

/** Ranked results for `query` over `phrases`; plain substring search until the index loads. */
export function usePhraseSearch(phrases: readonly Phrase[], query: string): SearchResult[] {
  const index = useSearchIndex()
  return useMemo(() => {
    if (index) return index.search(phrases, query)
    const needle = query.trim()
    return phrases
      .filter((phrase) => needle === '' || phrase.text.includes(needle))
      .map((phrase) => ({ phrase, score: 0, highlight: null }))
  }, [index, phrases, query])
}
