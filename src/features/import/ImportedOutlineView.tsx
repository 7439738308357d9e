import { useEffect, useRef } from 'react'
import { useDrawnInSteps } from '../../ui/useDrawnInSteps'
import { formatIssuedDate } from '../../domain/outline/planClosing'
import type { OutlineView } from '../../domain/import/previewRows'

function ClosingTerm({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
}

const NO_ROWS: OutlineView['rows'] = []

interface ImportedOutlineViewProps {
  /** The outline's counts and first rows; null until the first is made. */
  view: OutlineView | null
  /** True while the outline lags behind the latest change (it is made where the session runs). */
  stale: boolean
  /** Index of the row made from the selected source line, shown and scrolled to; -1 for none. */
  current: number
  /** 显示更多: ask for more rows. */
  onMore: () => void
}

/** The outline as it will import: numbered items, each with the start of its body. */
export function ImportedOutlineView({ view, stale, current, onMore }: ImportedOutlineViewProps) {
  const listRef = useRef<HTMLOListElement>(null)
  const rows = view?.rows ?? NO_ROWS
  const closing = view?.closing
  // Drawn in steps (a first layout of hundreds of rows holds the page), the current row at once.
  const drawn = useDrawnInSteps(rows.length, current)
  useEffect(() => {
    listRef.current?.querySelector('.is-current')?.scrollIntoView({ block: 'nearest' })
  }, [current, rows])
  return (
    <div className={`import-outline${stale ? ' is-stale' : ''}`}>
      <p className="import-outline-summary">
        {!view
          ? '正在生成大纲…'
          : view.total === 0
            ? '没有识别出章节，全文将作为前言导入。'
            : `${view.chapters} 章，共 ${view.total} 条`}
        {view && view.preambleParagraphs > 0 && `；前言 ${view.preambleParagraphs} 段`}
      </p>
      <ol ref={listRef} className="import-outline-list" aria-label="导入后的大纲">
        {rows.slice(0, drawn).map((row, index) => (
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
      {view && view.total > rows.length && (
        <button type="button" className="import-more" onClick={onMore}>
          显示更多（还有 {view.total - rows.length} 条）
        </button>
      )}
    </div>
  )
}
