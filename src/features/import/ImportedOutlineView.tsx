import { useEffect, useRef, useState } from 'react'
import { formatIssuedDate, type PlanClosingFields } from '../../domain/outline/planClosing'
import type { PreviewRow } from './previewRows'

function ClosingTerm({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
}

const PAGE = 300

interface ImportedOutlineViewProps {
  rows: readonly PreviewRow[]
  preambleParagraphs: number
  /** True while the outline lags behind the latest change (it is recomputed at low priority). */
  stale: boolean
  /** Index of the row made from the selected source line, shown and scrolled to; -1 for none. */
  current: number
  /** 主送, 附件说明, 落款, 成文日期 found in the source, imported as the plan's. */
  closing?: PlanClosingFields
}

/** The outline as it will import: numbered items, each with the start of its body. */
export function ImportedOutlineView({
  rows,
  preambleParagraphs,
  stale,
  current,
  closing,
}: ImportedOutlineViewProps) {
  const [limit, setLimit] = useState(PAGE)
  const listRef = useRef<HTMLOListElement>(null)
  if (current >= limit) setLimit(current + PAGE)
  useEffect(() => {
    listRef.current?.querySelector('.is-current')?.scrollIntoView({ block: 'nearest' })
  }, [current, rows])
  return (
    <div className={`import-outline${stale ? ' is-stale' : ''}`}>
      <p className="import-outline-summary">
        {rows.length === 0
          ? '没有识别出章节，全文将作为前言导入。'
          : `${rows.filter((row) => row.level === 1).length} 章，共 ${rows.length} 条`}
        {preambleParagraphs > 0 && `；前言 ${preambleParagraphs} 段`}
      </p>
      <ol ref={listRef} className="import-outline-list" aria-label="导入后的大纲">
        {rows.slice(0, limit).map((row, index) => (
          <li
            key={row.id}
            className={`import-item level-${Math.min(row.level, 5)}${index === current ? ' is-current' : ''}`}
          >
            <span className="import-item-heading">
              <span className="import-item-number">{row.number}</span>
              {row.title}
            </span>
            {row.body !== '' && <span className="import-item-body">{row.body}</span>}
          </li>
        ))}
      </ol>
      {closing && (
        <dl className="import-closing" aria-label="主送与落款">
          {closing.recipient && <ClosingTerm term="主送" value={closing.recipient} />}
          {closing.attachments && (
            <ClosingTerm
              term="附件"
              value={closing.attachments.map((name, index) => `${index + 1}.${name}`).join(' ')}
            />
          )}
          {closing.signature && <ClosingTerm term="落款" value={closing.signature} />}
          {closing.issuedOn && (
            <ClosingTerm term="成文日期" value={formatIssuedDate(closing.issuedOn)} />
          )}
        </dl>
      )}
      {rows.length > limit && (
        <button type="button" className="import-more" onClick={() => setLimit(limit + PAGE)}>
          显示更多（还有 {rows.length - limit} 条）
        </button>
      )}
    </div>
  )
}
