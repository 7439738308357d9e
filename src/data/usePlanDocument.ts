import { useEffect, useState } from 'react'
import {
  acquirePlanDocument,
  openedPlanDocument,
  releasePlanDocument,
  type OpenedPlan,
} from '../db/planDocuments'
import { useDocumentGeneration } from '../store/documentGenerationStore'

/**
 * The plan's document, open while the component is mounted: `undefined` while it loads, `null`
 * when it cannot be opened (the reason in `error`).
 */
export function usePlanDocument(planId: string): {
  opened: OpenedPlan | null | undefined
  error: unknown
} {
  const [state, setState] = useState<{ planId: string; opened: OpenedPlan | null; error: unknown }>(
    () => ({ planId, opened: openedPlanDocument(planId) ?? null, error: null }),
  )
  useEffect(() => {
    let live = true
    acquirePlanDocument(planId).then(
      (opened) => live && setState({ planId, opened, error: null }),
      (error: unknown) => live && setState({ planId, opened: null, error }),
    )
    return () => {
      live = false
      releasePlanDocument(planId)
    }
  }, [planId])
  // The document was replaced (a 替换 restore, a rebuilt database): the new one, once loaded.
  useDocumentGeneration((generation) => generation.generation)
  if (state.planId !== planId) return { opened: undefined, error: null }
  if (!state.opened && !state.error) return { opened: undefined, error: null }
  const current = state.opened && openedPlanDocument(planId)
  return { opened: current || state.opened, error: state.error }
}

/** Whether the plan's document is loaded in this window (the plan screen opens it). */
export function usePlanDocumentLoaded(planId: string): boolean {
  const [loaded, setLoaded] = useState(() => openedPlanDocument(planId) !== undefined)
  useEffect(() => {
    if (loaded) return
    let live = true
    acquirePlanDocument(planId).then(
      () => live && setLoaded(true),
      () => undefined,
    )
    return () => {
      live = false
      releasePlanDocument(planId)
    }
  }, [planId, loaded])
  return loaded
}
