import { useEffect, useRef, useState } from 'react'
import {
  FindCache,
  findInFields,
  planFields,
  type FindMatch,
  type FindQuery,
} from '../../domain/find/findInPlan'
import type { FindOptions, ScriptFold } from '../../domain/find/findOptions'
import { loadScriptFold } from '../../domain/find/loadScriptFold'
import { chunked } from '../../domain/chunked'
import { usePlan, usePlanNodes } from '../../data/planQueries'
import { useLiveBodyText } from '../slots/useLiveBodyText'

/** Typing settles this long before a search starts. */
export const SEARCH_DELAY_MS = 150
/** Fields searched between two yields to the browser (a title and a body per node). */
const FIELDS_PER_SLICE = 200

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export interface PlanSearch {
  /** null while the first search for this query runs. */
  matches: FindMatch[] | null
  /** The query the matches are for (and what replace must use). */
  query: FindQuery | null
  /** Elapsed time of the last search, for the measurements. */
  tookMs: number
}

/**
 * Matches of `text` in the plan, kept current as the plan changes. Debounced, then run in
 * slices between which the browser handles input, so a 2,000-node plan never freezes the page;
 * folded texts are cached between searches. A newer query or plan cancels a running search.
 * The body open in the live editor is searched as typed (it is stored seconds later).
 */
export function usePlanSearch(planId: string, text: string, options: FindOptions): PlanSearch {
  const plan = usePlan(planId)
  const nodes = usePlanNodes(planId)
  const live = useLiveBodyText()
  const [cache] = useState(() => new FindCache())
  const [result, setResult] = useState<PlanSearch>({ matches: null, query: null, tookMs: 0 })
  const run = useRef(0)

  useEffect(() => {
    const token = ++run.current
    if (!plan || !nodes) return
    const timer = setTimeout(async () => {
      const started = performance.now()
      let scriptFold: ScriptFold | undefined
      if (options.script) scriptFold = await loadScriptFold()
      if (token !== run.current) return
      const query: FindQuery = { text, options, scriptFold }
      if (!text) {
        setResult({ matches: [], query, tookMs: 0 })
        return
      }
      const matches: FindMatch[] = []
      for (const slice of chunked(planFields(plan, nodes, cache, live), FIELDS_PER_SLICE)) {
        matches.push(...findInFields(slice, query, cache))
        await nextTask()
        if (token !== run.current) return
      }
      setResult({ matches, query, tookMs: performance.now() - started })
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [plan, nodes, live, text, options, cache])

  return result
}
