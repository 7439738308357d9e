import type { CSSProperties } from 'react'
import { GRID_CHARACTER_PT, type ClosingBlock } from '../../domain/export/closingBlocks'

const pt = (characters: number) => `${characters * GRID_CHARACTER_PT}pt`

/** 主送, a line of the 附件说明, the 署名 or the 成文日期, placed as GB/T 9704 says. */
export function PrintClosingLine({ block }: { block: ClosingBlock }) {
  let style: CSSProperties
  switch (block.kind) {
    case 'recipient':
      style = { textIndent: 0, textAlign: 'left' }
      break
    case 'attachment':
      style = {
        textAlign: 'left',
        paddingLeft: pt(block.leftChars),
        textIndent: pt(block.startChars - block.leftChars),
      }
      break
    default:
      style = { textAlign: 'right', textIndent: 0, paddingRight: pt(block.rightChars) }
  }
  return (
    <p className={`pp-block pp-closing pp-${block.kind}`} style={style}>
      {block.text}
    </p>
  )
}
