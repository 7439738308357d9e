import {
  cleanRecipient,
  formatIssuedDate,
  shownSignature,
  type PlanClosingFields,
} from '../outline/planClosing'
import type { Plan } from '../outline/types'
import type { ExportOptions } from './exportOptions'
import { CHARACTER_SPACING_PT } from './pageLayout'

/**
 * The lines around a 公文's body (GB/T 9704-2012 7.3.2–7.3.5): 主送 below the title lines, flush
 * left; 附件说明, 署名 and 成文日期 after the last item. Indents are in characters of the 16 pt
 * grid (15.75 pt each), for the print preview and the .docx alike.
 */
export type ClosingBlock =
  /** `各镇（街道）总工会：` */
  | { kind: 'recipient'; text: string }
  /**
   * One line of the 附件说明: `附件：1.名称` then `2.名称`… Its first character starts
   * `startChars` in; wrapped lines start `leftChars` in, under the first character of the name.
   */
  | {
      kind: 'attachment'
      text: string
      startChars: number
      leftChars: number
      blankBefore: boolean
    }
  /** 署名 and 成文日期: right-aligned, `rightChars` of space on the right. */
  | { kind: 'signature' | 'issuedDate'; text: string; rightChars: number; blankBefore: boolean }

/** Points of one character on the grid: 16 pt type at −0.25 pt spacing. */
export const GRID_CHARACTER_PT = 16 + CHARACTER_SPACING_PT

/** The space between digits (or Latin letters) and Chinese, in characters. */
const SCRIPT_GAP = 0.2

/**
 * Width in grid characters: Chinese and full-width ones are 1, Latin letters and digits ½, and
 * where digits meet Chinese the extra space Word and LibreOffice put there (measured in
 * LibreOffice's PDF: 3.2 pt at 16 pt, a fifth of a character): `2025年12月30日` is 8 wide.
 */
export function textWidthChars(text: string): number {
  let width = 0
  let previous: boolean | null = null
  for (const character of text) {
    const half = character.charCodeAt(0) < 0x2e80
    width += half ? 0.5 : 1
    if (previous !== null && previous !== half && /\S/.test(character)) width += SCRIPT_GAP
    previous = half
  }
  return Math.round(width * 100) / 100
}

const ATTACHMENT_LABEL = '附件：'

/**
 * Right spaces of 署名 and 成文日期: the 署名 keeps two characters on the right and the date starts
 * two characters to the right of its first character; a date too long for that keeps two
 * characters itself and the 署名 moves left to match.
 */
export function signatureLayout(signature: string, date: string) {
  const ws = textWidthChars(signature)
  const wd = textWidthChars(date)
  if (signature === '' || date === '') return { signatureRight: 2, dateRight: 2 }
  const dateRight = Math.max(2, ws - wd)
  return { signatureRight: dateRight + wd + 2 - ws, dateRight }
}

/** The 主送 line, below the title lines (a whole plan only). */
export function recipientBlocks(
  plan: PlanClosingFields,
  options: Pick<ExportOptions, 'scope'>,
): ClosingBlock[] {
  const recipient = cleanRecipient(plan.recipient ?? '')
  if (options.scope !== 'plan' || recipient === '') return []
  return [{ kind: 'recipient', text: `${recipient}：` }]
}

/** 附件说明, 署名 and 成文日期, after the last item (a whole plan only). */
export function closingBlocks(
  plan: Pick<Plan, 'unit'> & PlanClosingFields,
  options: Pick<ExportOptions, 'scope'>,
): ClosingBlock[] {
  if (options.scope !== 'plan') return []
  const blocks: ClosingBlock[] = []
  const names = plan.attachments ?? []
  names.forEach((name, index) => {
    const number = names.length > 1 ? `${index + 1}.` : ''
    const nameStart = 2 + textWidthChars(ATTACHMENT_LABEL) + textWidthChars(number)
    blocks.push({
      kind: 'attachment',
      text: index === 0 ? `${ATTACHMENT_LABEL}${number}${name}` : `${number}${name}`,
      startChars: index === 0 ? 2 : 2 + textWidthChars(ATTACHMENT_LABEL),
      leftChars: nameStart,
      blankBefore: index === 0,
    })
  })
  const signature = shownSignature(plan)
  const date = plan.issuedOn ? formatIssuedDate(plan.issuedOn) : ''
  const { signatureRight, dateRight } = signatureLayout(signature, date)
  if (signature !== '')
    blocks.push({
      kind: 'signature',
      text: signature,
      rightChars: signatureRight,
      blankBefore: true,
    })
  if (date !== '')
    blocks.push({
      kind: 'issuedDate',
      text: date,
      rightChars: dateRight,
      blankBefore: signature === '',
    })
  return blocks
}

export function isClosingBlock(block: { kind: string }): block is ClosingBlock {
  return ['recipient', 'attachment', 'signature', 'issuedDate'].includes(block.kind)
}

/** Whether an empty line goes before this block (the 附件说明 and the 署名 follow the body so). */
export function blankLineBefore(block: { kind: string } | undefined): boolean {
  return !!block && isClosingBlock(block) && 'blankBefore' in block && block.blankBefore
}
