import { SNAPSHOT_KIND_LABELS, type SnapshotMeta } from '../../domain/history/types'
import { formatEditedTime } from '../library/formatTime'

interface SnapshotListProps {
  snapshots: SnapshotMeta[]
  selectedId: string | null
  onSelect: (id: string) => void
}

/** The plan's versions, newest first: time, label, kind and size; one is selected. */
export function SnapshotList({ snapshots, selectedId, onSelect }: SnapshotListProps) {
  if (snapshots.length === 0)
    return <p className="muted">还没有历史版本。编辑时每 10 分钟自动保存一次，也可以手动保存。</p>
  return (
    <ul className="snapshot-list" aria-label="版本列表">
      {snapshots.map((snapshot) => (
        <li key={snapshot.id}>
          <button
            type="button"
            aria-pressed={snapshot.id === selectedId}
            onClick={() => onSelect(snapshot.id)}
          >
            <span className="snapshot-time">{formatEditedTime(snapshot.createdAt)}</span>
            <span className="snapshot-label">
              {snapshot.label || SNAPSHOT_KIND_LABELS[snapshot.kind] + '保存'}
            </span>
            <span className="snapshot-meta">
              <span className={`snapshot-kind kind-${snapshot.kind}`}>
                {SNAPSHOT_KIND_LABELS[snapshot.kind]}
              </span>
              <span>{snapshot.charCount.toLocaleString('zh-CN')} 字</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
