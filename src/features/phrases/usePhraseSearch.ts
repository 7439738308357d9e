import { useEffect, useMemo, useState } from 'react'
import { createSearchIndex, type SearchResult } from '../../domain/phrases/search'
import { foldVariants, loadSearchTools, type SearchTools } from '../../domain/phrases/searchTools'
import type { Phrase } from '../../domain/phrases/types'

/**
 * Until opencc-js and pinyin-pro have loaded: the built-in phrases' pinyin is computed at build
 * time (searchBuiltinPinyin.data), so `whzg` finds them at once; other phrases match by text.
 */
const BUILD_TIME_TOOLS: SearchTools = {
  toSimplified: foldVariants,
  syllablesOf: (text) => Array.from(text),
}

/**
 * The search tools, loaded on the first search (not when the panel opens: opening a plan loads
 * no search code). Null until then.
 */
function useSearchTools(searching: boolean): SearchTools | null {
  const [tools, setTools] = useState<SearchTools | null>(null)
  useEffect(() => {
    if (!searching || tools) return
    let cancelled = false
    loadSearchTools().then(
      (loaded) => !cancelled && setTools(loaded),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [searching, tools])
  return tools
}

/**
 * Ranked results for `query` over `phrases`. While the tools load (first search), built-in
 * phrases already match by pinyin; the rest match by text until then.
 */
export function usePhraseSearch(phrases: readonly Phrase[], query: string): SearchResult[] {
  const searching = query.trim() !== ''
  const tools = useSearchTools(searching)
  const index = useMemo(() => createSearchIndex(tools ?? BUILD_TIME_TOOLS), [tools])
  return useMemo(
    () =>
      searching
        ? index.search(phrases, query)
        : phrases.map((phrase) => ({ phrase, score: 0, highlight: null })),
    [searching, index, phrases, query],
  )
}
