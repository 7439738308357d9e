import type { OutlineNode, Plan } from '../outline/types'

/** Why a snapshot was taken; only 'auto' ones are thinned away with age. */
export type SnapshotKind = 'auto' | 'manual' | 'before-restore' | 'before-bulk'

export const SNAPSHOT_KIND_LABELS: Record<SnapshotKind, string> = {
  auto: '自动',
  manual: '手动',
  'before-restore': '恢复前',
  'before-bulk': '批量操作前',
}

/** A plan as it was at one moment: its row and every node row, as stored. */
export interface Snapshot {
  id: string
  planId: string
  createdAt: number
  label: string
  kind: SnapshotKind
  plan: Plan
  nodes: OutlineNode[]
  /** Characters of the plan then (as the library counts them). */
  charCount: number
}

/** What a list of versions shows, without the rows. */
export type SnapshotMeta = Omit<Snapshot, 'plan' | 'nodes'> & { nodeCount: number }

export function snapshotMeta({ plan: _plan, nodes, ...meta }: Snapshot): SnapshotMeta {
  return { ...meta, nodeCount: nodes.length }
}
