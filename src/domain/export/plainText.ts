import { blankLineBefore } from './closingBlocks'
import { blockText, type ExportBlock } from './exportModel'

/** The plan as plain text: numbered, one paragraph per line, a blank line after the title lines. */
export function toPlainText(blocks: readonly ExportBlock[]): string {
  const lines: string[] = []
  blocks.forEach((block, index) => {
    if (blankLineBefore(block)) lines.push('')
    lines.push(blockText(block))
    const next = blocks[index + 1]
    if (isTitleLine(block) && next && !isTitleLine(next)) lines.push('')
  })
  return lines.join('\n') + '\n'
}

export function isTitleLine(block: ExportBlock): boolean {
  return (
    block.kind === 'title' ||
    block.kind === 'subtitle' ||
    block.kind === 'unit' ||
    block.kind === 'date'
  )
}
