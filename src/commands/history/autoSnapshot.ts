import { autoSnapshot } from '../../db/snapshotRepo'

/**
 * The automatic version while a plan is edited (not a user action, so no save status): returns
 * when the next one may be taken; a failure only postpones it.
 */
export function takeAutoSnapshot(planId: string): Promise<number> {
  return autoSnapshot(planId).catch(() => Date.now() + 60_000)
}
