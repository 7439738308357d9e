import { memo, type ReactNode } from 'react'
import type { RichDoc, RichNode } from '../domain/outline/types'

type Mark = NonNullable<RichNode['marks']>[number]

function wrapMark(mark: Mark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{child}</strong>
    case 'italic':
      return <em key={key}>{child}</em>
    case 'underline':
      return <u key={key}>{child}</u>
    case 'slot':
      return (
        <mark key={key} className="slot" data-slot="">
          {child}
        </mark>
      )
    default:
      return child
  }
}

function renderInline(node: RichNode, key: number): ReactNode {
  if (node.type === 'text')
    return (node.marks ?? []).reduceRight<ReactNode>(
      (child, mark) => wrapMark(mark, child, key),
      <span key={key}>{node.text}</span>,
    )
  if (node.type === 'hardBreak') return <br key={key} />
  return (node.content ?? []).map(renderInline)
}

/**
 * A body rendered without an editor, the same markup ProseMirror produces, so a plan of
 * thousands of nodes costs one editor, and a click maps to the same place in the live one.
 */
export const StaticBody = memo(function StaticBody({ doc }: { doc: RichDoc | null }) {
  const blocks = doc?.content ?? []
  return (
    <div className="body-text">
      {blocks.length === 0 ? (
        <p className="body-placeholder">点击输入正文…</p>
      ) : (
        blocks.map((block, index) => <p key={index}>{(block.content ?? []).map(renderInline)}</p>)
      )}
    </div>
  )
})
