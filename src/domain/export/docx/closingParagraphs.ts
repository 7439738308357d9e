// Part of the lazily loaded Word export (see buildDocx.ts).
import { AlignmentType, Paragraph, TextRun, type IRunOptions } from 'docx'
import { GRID_CHARACTER_PT, type ClosingBlock } from '../closingBlocks'

const twipsOfCharacters = (characters: number) => Math.round(characters * GRID_CHARACTER_PT * 20)

/**
 * 主送, 附件说明, 署名 and 成文日期 as Word paragraphs, placed as GB/T 9704 says: 主送 flush left,
 * 附件 two characters in with later names under the first, 署名 and 成文日期 right-aligned with
 * their right spaces. `lineTwips`: the line pitch, for the empty line before the closing.
 */
export function closingParagraph(
  block: ClosingBlock,
  lineTwips: number,
  run: Omit<IRunOptions, 'text'>,
): Paragraph {
  const children = [new TextRun({ ...run, text: block.text })]
  const before = 'blankBefore' in block && block.blankBefore ? lineTwips : 0
  switch (block.kind) {
    case 'recipient':
      return new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { firstLine: 0, left: 0 },
        children,
      })
    case 'attachment':
      return new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before },
        indent: {
          left: twipsOfCharacters(block.leftChars),
          hanging: twipsOfCharacters(block.leftChars - block.startChars),
        },
        children,
      })
    case 'signature':
    case 'issuedDate':
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before },
        indent: { firstLine: 0, left: 0, right: twipsOfCharacters(block.rightChars) },
        keepNext: block.kind === 'signature',
        children,
      })
  }
}
