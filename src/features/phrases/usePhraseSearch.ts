import { useEffect, useMemo, useState } from 'react'
import { createSearchIndex, type KnownPinyin, type SearchResult } from '../../domain/phrases/search'
import { foldVariants, loadSearchTools, type SearchTools } from '../../domain/phrases/searchTools'
import type { Phrase } from '../../domain/phrases/types'

/**
 * Until opencc-js and pinyin-pro have loaded: the built-in phrases' pinyin is known from build
 * time (searchBuiltinPinyin.data, small and quick to load), so `whzg` finds them at once; other
 * phrases match by text until then.
 */
const BUILD_TIME_TOOLS: SearchTools = {
  toSimplified: foldVariants,
  syllablesOf: (text) => Array.from(text),
}

let knownLoading: Promise<KnownPinyin> | null = null
const loadKnownPinyin = () =>
  (knownLoading ??= import('../../domain/phrases/searchBuiltinPinyin.data').then(
    (module) => module.BUILTIN_PINYIN,
  ))

/** Loads on the first search (not when the panel opens: opening a plan loads no search code). */
function useLoadedOnSearch<T>(searching: boolean, load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null)
  const loaded = value !== null
  useEffect(() => {
    if (!searching || loaded) return
    let cancelled = false
    load().then(
      (result) => !cancelled && setValue(() => result),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [searching, loaded, load])
  return value
}

/**
 * Ranked results for `query` over `phrases`. While the tools load (first search), built-in
 * phrases already match by pinyin; the rest match by text until then.
 */
export function usePhraseSearch(phrases: readonly Phrase[], query: string): SearchResult[] {
  const searching = query.trim() !== ''
  const known = useLoadedOnSearch(searching, loadKnownPinyin)
  const tools = useLoadedOnSearch(searching, loadSearchTools)
  const index = useMemo(
    () => createSearchIndex(tools ?? BUILD_TIME_TOOLS, known ?? {}),
    [tools, known],
  )
  return useMemo(
    () =>
      searching
        ? index.search(phrases, query)
        : phrases.map((phrase) => ({ phrase, score: 0, highlight: null })),
    [searching, index, phrases, query],
  )
}
