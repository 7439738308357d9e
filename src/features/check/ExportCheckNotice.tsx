import type { ExportCheckSummary } from './exportCheck'

/** In the export warning: what the plan check found, with 查看 to open the check panel. */
export function ExportCheckNotice(props: { summary: ExportCheckSummary; onView: () => void }) {
  const { summary } = props
  if (summary.count === 0) return null
  return (
    <p className="dialog-message check-export-summary">
      计划检查发现 {summary.count} 处问题：{summary.text}。{' '}
      <button type="button" onClick={props.onView}>
        查看
      </button>
    </p>
  )
}
