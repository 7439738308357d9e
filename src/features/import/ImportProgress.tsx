interface ImportProgressProps {
  /** What is happening: 正在分析 12,000 行文字… */
  label: string
  /** Share done, 0–1. */
  share: number
  onCancel: () => void
}

/** A long import step: what it is doing, how far it is, and 取消 (which changes nothing). */
export function ImportProgress({ label, share, onCancel }: ImportProgressProps) {
  const percent = Math.round(share * 100)
  return (
    <div className="import-progress">
      <p role="status">
        {label}（{percent}%）
      </p>
      <progress max={100} value={percent} aria-label={label} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  )
}
