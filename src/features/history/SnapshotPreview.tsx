import { memo, useMemo } from 'react'
import type { Snapshot } from '../../domain/history/types'
import { computeNumbers } from '../../domain/outline/numbering'
import { buildTree, flattenTree } from '../../domain/outline/tree'
import type { RichDoc } from '../../domain/outline/types'
import { StaticBody } from '../../editor/StaticBody'

const hasText = (doc: RichDoc | null) => (doc?.content ?? []).length > 0

/** A version as a read-only document, numbered as it was (the same markup as the editor's). */
export const SnapshotPreview = memo(function SnapshotPreview({ snapshot }: { snapshot: Snapshot }) {
  const { plan } = snapshot
  const rows = useMemo(() => {
    const tree = buildTree(snapshot.nodes)
    const numbers = computeNumbers(tree, plan.numbering)
    return flattenTree(tree).map((row) => ({ ...row, number: numbers.get(row.node.id) ?? '' }))
  }, [snapshot.nodes, plan.numbering])
  return (
    <article className="document snapshot-document" aria-label="版本预览">
      <header className="doc-front">
        <p className="doc-plan-title">{plan.title}</p>
        <p className="doc-plan-meta">
          {plan.unit}
          {plan.unit ? ' · ' : ''}
          {plan.year} 年度
        </p>
        {hasText(plan.preamble) && <StaticBody doc={plan.preamble} />}
      </header>
      {rows.map(({ node, level, number }) => (
        <section
          key={node.id}
          className={`doc-node level-${Math.min(level, 5)}`}
          aria-label={`${number}${node.title}`}
        >
          <div className="doc-heading">
            <span className="doc-number">{number}</span>
            <span className="doc-title">{node.title || '（未命名）'}</span>
          </div>
          {hasText(node.body) && <StaticBody doc={node.body} />}
        </section>
      ))}
    </article>
  )
})
