import { useEffect, useMemo, useState } from 'react'
import {
  createSearchIndex,
  warmSearchIndex,
  type KnownPinyin,
  type PhraseSearchIndex,
  type SearchResult,
} from '../../domain/phrases/search'
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
 * phrases already match by pinyin; the rest match by text until then. An index over new tools
 * (or a changed phrase list) is built in slices that yield to input (pinyin-pro takes ~0.2 ms a
 * phrase: 5,000 phrases at once would block typing for a second); until it is complete, search
 * goes on with the last complete one.
 */
export function usePhraseSearch(phrases: readonly Phrase[], query: string): SearchResult[] {
  const searching = query.trim() !== ''
  const known = useLoadedOnSearch(searching, loadKnownPinyin)
  const tools = useLoadedOnSearch(searching, loadSearchTools)
  const target = useMemo(
    () => createSearchIndex(tools ?? BUILD_TIME_TOOLS, known ?? {}),
    [tools, known],
  )
  const [ready, setReady] = useState<{ index: PhraseSearchIndex; phrases: readonly Phrase[] }>()
  const warm = searching || ready !== undefined
  useEffect(() => {
    if (!warm || (ready?.index === target && ready.phrases === phrases)) return
    let cancelled = false
    warmSearchIndex(target, phrases, { cancelled: () => cancelled }).then(
      (done) => done && setReady({ index: target, phrases }),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [warm, ready, target, phrases])
  // Before any index is complete (the first keystrokes): the build-time tools, cheap at once.
  const quick = useMemo(() => createSearchIndex(BUILD_TIME_TOOLS, known ?? {}), [known])
  const index = ready?.index ?? quick
  return useMemo(
    () =>
      searching
        ? index.search(phrases, query)
        : phrases.map((phrase) => ({ phrase, score: 0, highlight: null })),
    [searching, index, phrases, query],
  )
}
