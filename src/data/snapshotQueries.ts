import { useLiveQuery } from 'dexie-react-hooks'
import { getSnapshot, listSnapshots } from '../db/snapshotRepo'
import type { Snapshot, SnapshotMeta } from '../domain/history/types'

/** A plan's versions, newest first, live. `undefined` while loading. */
export function useSnapshots(planId: string): SnapshotMeta[] | undefined {
  return useLiveQuery(() => listSnapshots(planId), [planId])
}

/** One version with its rows; `null` once deleted, `undefined` while loading or unselected. */
export function useSnapshot(snapshotId: string | null): Snapshot | null | undefined {
  return useLiveQuery(
    async () => (snapshotId ? ((await getSnapshot(snapshotId)) ?? null) : undefined),
    [snapshotId],
  )
}
