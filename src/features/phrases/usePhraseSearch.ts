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

/** A pause in typing before the pinyin and OpenCC tools load (their start is one long task). */
const TOOLS_AFTER_PAUSE_MS = 250

/**
 * The search tools, loaded once the user pauses typing: opencc-js and pinyin-pro take a few
 * hundred milliseconds to start, which cannot be sliced; meanwhile the built-ins already match by
 * their build-time pinyin, so the first keys are answered at once.
 */
function useToolsOncePaused(searching: boolean, query: string): SearchTools | null {
  const [tools, setTools] = useState<SearchTools | null>(null)
  useEffect(() => {
    if (!searching || tools) return
    let cancelled = false
    const timer = setTimeout(() => {
      loadSearchTools().then(
        (loaded) => !cancelled && setTools(() => loaded),
        () => undefined,
      )
    }, TOOLS_AFTER_PAUSE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [searching, tools, query])
  return tools
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
  const tools = useToolsOncePaused(searching, query)
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
