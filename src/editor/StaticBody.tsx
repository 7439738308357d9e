import { memo, type ReactNode } from 'react'
import type { RichDoc, RichNode } from '../domain/outline/types'
import { findSlots, type SlotRange } from '../domain/phrases/slots'
import { withSlots } from './slot/SlotText'

type Mark = NonNullable<RichNode['marks']>[number]

// Stands for an inline leaf (hard break) so a slot never spans one.
const LEAF = '\uFFFC'

function wrapMark(mark: Mark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{child}</strong>
    case 'italic':
      return <em key={key}>{child}</em>
    case 'underline':
      return <u key={key}>{child}</u>
    default:
      // The stored slot mark is not read: slots are found in the text (`findSlots`), as in the
      // live editor, so an imported `xx` is highlighted too.
      return child
  }
}

/** A paragraph's runs, slots (found in the paragraph's whole text) highlighted. */
function renderParagraph(block: RichNode): ReactNode {
  const children = block.content ?? []
  const text = children.map((child) => (child.type === 'text' ? (child.text ?? '') : LEAF))
  const slots: SlotRange[] = findSlots(text.join(''))
  let offset = 0
  return children.map((child, key) => {
    const start = offset
    offset += text[key].length
    if (child.type === 'hardBreak') return <br key={key} />
    if (child.type !== 'text') return null
    return (child.marks ?? []).reduceRight<ReactNode>(
      (inner, mark) => wrapMark(mark, inner, key),
      <span key={key}>{withSlots(child.text ?? '', slots, start)}</span>,
    )
  })
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
        blocks.map((block, index) => <p key={index}>{renderParagraph(block)}</p>)
      )}
    </div>
  )
})
