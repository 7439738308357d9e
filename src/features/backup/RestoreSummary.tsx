import type { BackupSummary } from '../../domain/backup/backupSummary'

const pad = (value: number) => String(value).padStart(2, '0')

/** 2026-11-27 14:05: the backup's own date, not "今天", since a file outlives the day. */
function formatDateTime(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Plans listed by title; a file with more says how many more (a long table helps nobody). */
const LISTED = 200

/** What a backup file holds, before anything is written. */
export function RestoreSummary({
  summary,
  fileName,
}: {
  summary: BackupSummary
  fileName: string
}) {
  return (
    <div className="restore-summary">
      <p className="dialog-message">
        文件“{fileName}”备份于 {formatDateTime(summary.exportedAt)}，包含：
      </p>
      <ul className="restore-counts">
        <li>{summary.plans.length.toLocaleString('zh-CN')} 个计划</li>
        <li>{summary.nodes.toLocaleString('zh-CN')} 个条目</li>
        <li>
          {summary.phrases} 条常用语（其中自己添加的 {summary.ownPhrases} 条）
        </li>
        <li>{summary.snapshots} 个历史版本</li>
        {summary.ownTemplates > 0 && <li>{summary.ownTemplates} 个自己的模板</li>}
      </ul>
      {summary.plans.length > 0 && (
        <table className="restore-plans">
          <caption className="visually-hidden">备份中的计划</caption>
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">年度</th>
            </tr>
          </thead>
          <tbody>
            {summary.plans.slice(0, LISTED).map((plan) => (
              <tr key={plan.id}>
                <td>
                  {plan.title}
                  {plan.inTrash && <span className="restore-trash">（回收站）</span>}
                </td>
                <td>{plan.year}</td>
              </tr>
            ))}
          </tbody>
          {summary.plans.length > LISTED && (
            <tfoot>
              <tr>
                <td colSpan={2}>以及另外 {summary.plans.length - LISTED} 个计划</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </div>
  )
}
