import { lazyWithPreload } from '../ui/lazyWithPreload'

/**
 * The screens the library does not show, loaded on demand — and the plan screen ahead of the
 * click, when the browser is idle after start (prefetchPlanScreen), so opening a plan loads
 * nothing more.
 */
export const PlanEditorScreen = lazyWithPreload(() =>
  import('../features/planScreen/PlanEditorView').then((module) => module.PlanEditorView),
)

export const TrashScreen = lazyWithPreload(() =>
  import('../features/trash/TrashView').then((module) => module.TrashView),
)

/** What the plan screen loads once it shows (its own lazy parts). */
const planScreenParts = [
  () => PlanEditorScreen.preload(),
  () => import('../features/phrases/PhrasePanel'),
  () => import('../features/phrases/SlotStatus'),
]

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number
}

/**
 * After the first screen has painted, when the browser is idle: load the plan screen and the
 * parts it shows at once. A failure (offline without the chunk) is left to the real open.
 */
export function prefetchPlanScreen(): void {
  const idle = (window as IdleWindow).requestIdleCallback
  const run = () => {
    for (const part of planScreenParts) void part().catch(() => undefined)
  }
  if (idle) idle(run, { timeout: 1000 })
  else setTimeout(run, 200)
}
