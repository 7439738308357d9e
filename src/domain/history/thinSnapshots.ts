import type { SnapshotKind } from './types'

const DAY_MS = 24 * 60 * 60 * 1000

/** Local calendar day and month of a time, as comparable strings. */
const dayOf = (time: number) => {
  const date = new Date(time)
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`
}
const monthOf = (time: number) => {
  const date = new Date(time)
  return `${date.getFullYear()}-${date.getMonth()}`
}

/**
 * The automatic snapshots to delete at `now`: all of today stay, then the newest of each day for
 * 30 days, then the newest of each month. Manual and before-restore/bulk ones are never thinned.
 */
export function snapshotsToThin(
  snapshots: readonly { id: string; createdAt: number; kind: SnapshotKind }[],
  now: number,
): string[] {
  const today = dayOf(now)
  const startOfToday = new Date(now).setHours(0, 0, 0, 0)
  const dailyFrom = startOfToday - 30 * DAY_MS
  const kept = new Set<string>()
  const drop: string[] = []
  const newestFirst = snapshots
    .filter((snapshot) => snapshot.kind === 'auto')
    .sort((a, b) => b.createdAt - a.createdAt)
  for (const snapshot of newestFirst) {
    const day = dayOf(snapshot.createdAt)
    if (day === today || snapshot.createdAt > now) continue
    const bucket = snapshot.createdAt >= dailyFrom ? `d${day}` : `m${monthOf(snapshot.createdAt)}`
    if (kept.has(bucket)) drop.push(snapshot.id)
    else kept.add(bucket)
  }
  return drop
}
