import { isPlanInfo, type CheckFix, type Finding } from '../../domain/check/types'

const SEVERITY_LABELS = { error: '需处理', warning: '建议修改', hint: '提示' } as const

/** One finding: a button that jumps to its place, and its one-click fixes when it has some. */
export function FindingRow(props: {
  finding: Finding
  onJump: () => void
  onFix: (fix: CheckFix, button: HTMLElement) => void
}) {
  const { finding } = props
  const field =
    finding.nodeId === 'preamble' || isPlanInfo(finding.nodeId)
      ? ''
      : finding.field === 'title'
        ? ' · 标题'
        : ' · 正文'
  return (
    <li className={`check-item check-${finding.severity}`}>
      <button type="button" className="check-finding" onClick={props.onJump}>
        <span className="check-where">
          <span className="check-severity">{SEVERITY_LABELS[finding.severity]}</span>
          {finding.where}
          {field}
        </span>
        <span className="check-message">{finding.message}</span>
        {finding.context && <Context finding={finding} />}
      </button>
      {finding.fix && (
        <span className="check-fixes">
          {[finding.fix, ...(finding.moreFixes ?? [])].map((fix) => (
            <button
              key={fix.label}
              type="button"
              className="check-fix"
              aria-label={`${fix.label}：${finding.message}`}
              onClick={(event) => props.onFix(fix, event.currentTarget)}
            >
              {fix.label}
            </button>
          ))}
        </span>
      )}
    </li>
  )
}

/** The text around the place, the problem itself marked. */
function Context({ finding }: { finding: Finding }) {
  const { context, mark } = finding
  const [from, to] = mark
  return (
    <span className="check-context">
      {context.slice(0, from)}
      {to > from && <mark>{context.slice(from, to)}</mark>}
      {context.slice(to)}
    </span>
  )
}
