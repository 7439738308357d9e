import {
  cleanAttachment,
  cleanRecipient,
  parseIssuedDate,
  type PlanClosingFields,
} from '../outline/planClosing'
import { isAddressee, isDateLine, isOrganisationLine } from './planHeader'
import type { ClosingRole, ParsedLine } from './types'

/** `附件：1.名称`, `附件: 名称`, `附件1：名称`. */
const ATTACHMENT_START = /^附\s*件\s*(\d*)\s*[：:]\s*(.*)$/
/** `2.名称`, `2．名称`, `2、名称` — a later attachment. */
const NUMBERED_NAME = /^[0-9０-９]+\s*[.．、]\s*\S/
/** A 主送 written as such. */
const RECIPIENT_LABEL = /^主\s*送(机关)?\s*[：:]/

/** Most characters an attachment's name is (a longer line is text, not a name). */
const ATTACHMENT_NAME_MAX = 60

const isContent = (line: ParsedLine) => line.role !== 'blank' && line.role !== 'noise'

function isSignatureLine(text: string, unit: string): boolean {
  const name = text.replace(/\s/g, '')
  return (unit !== '' && name === unit.replace(/\s/g, '')) || isOrganisationLine(text)
}

function mark(line: ParsedLine, closing: ClosingRole): void {
  line.role = 'header'
  line.closing = closing
  delete line.level
}

/**
 * The closing lines of a plan, marked in place (role `header`, `closing` set) so that they become
 * the plan's 主送, 附件说明, 落款 and 成文日期 rather than chapters or body text: after the last
 * paragraph a date line, the unit line above it (or a lone unit line), and an `附件：1.…` line
 * with the `2.…` lines after it (before or after the 落款); before the first heading a `主送：…`
 * line or an addressee ending with ：. `unit`: the plan's unit as far as known (may be '').
 * Returns the texts marked, for the unit and year the header gives.
 */
export function markClosingLines(
  lines: ParsedLine[],
  unit = '',
): { signatures: string[]; dates: string[] } {
  const found = { signatures: [] as string[], dates: [] as string[] }
  const content = lines.filter(isContent)

  // 附件：1.… and the numbered names after it, at the end (the 落款 may follow).
  for (let start = content.length - 1; start >= Math.max(0, content.length - 40); start--) {
    if (!ATTACHMENT_START.test(content[start].text)) continue
    let end = start + 1
    while (
      end < content.length &&
      NUMBERED_NAME.test(content[end].text) &&
      content[end].text.length <= ATTACHMENT_NAME_MAX &&
      !/[。；]/.test(content[end].text.slice(0, -1))
    )
      end++
    const after = content.slice(end)
    const closingAfter = after.every(
      (line) => isDateLine(line.text) || isSignatureLine(line.text, unit),
    )
    if (closingAfter && content[start].text.length <= ATTACHMENT_NAME_MAX + 6) {
      for (const line of content.slice(start, end)) mark(line, 'attachment')
    }
    break
  }

  // The date and the 落款 above it, from the end, past the attachments.
  let sawDate = false
  let sawSignature = false
  for (let index = content.length - 1; index >= 0; index--) {
    const line = content[index]
    if (line.closing === 'attachment') continue
    if (line.role !== 'body' && line.role !== 'header' && line.role !== 'heading') break
    if (
      !sawDate &&
      !sawSignature &&
      isDateLine(line.text) &&
      parseIssuedDate(dateText(line.text))
    ) {
      mark(line, 'issuedDate')
      found.dates.push(line.text)
      sawDate = true
    } else if (!sawSignature && isSignatureLine(line.text, unit) && line.role !== 'heading') {
      mark(line, 'signature')
      found.signatures.push(line.text.replace(/\s/g, ''))
      sawSignature = true
    } else break
  }

  // 主送 before the first heading or body paragraph.
  for (const line of content) {
    if (line.role === 'heading' || line.role === 'body') {
      if (RECIPIENT_LABEL.test(line.text)) mark(line, 'recipient')
      break
    }
    if (line.role === 'header' && (RECIPIENT_LABEL.test(line.text) || isAddressee(line.text))) {
      mark(line, 'recipient')
      break
    }
  }
  return found
}

/** `（2025年12月30日）` → `2025年12月30日`; 号 for 日. */
function dateText(text: string): string {
  return text
    .replace(/^[（(]|[）)]$/g, '')
    .replace(/\s/g, '')
    .replace(/[号號]$/, '日')
}

/** The plan's 主送, 附件说明, 落款 and 成文日期 from its lines (as the preview left them). */
export function closingFromLines(lines: readonly ParsedLine[]): PlanClosingFields {
  const closing: PlanClosingFields = {}
  const attachments: string[] = []
  for (const line of lines) {
    if (line.role !== 'header' || !line.closing) continue
    if (line.closing === 'recipient') closing.recipient = cleanRecipient(line.text)
    else if (line.closing === 'signature') closing.signature = line.text.replace(/\s/g, '')
    else if (line.closing === 'issuedDate') {
      const date = parseIssuedDate(dateText(line.text))
      if (date) closing.issuedOn = date
    } else {
      const start = ATTACHMENT_START.exec(line.text)
      const name = cleanAttachment(start ? start[2] : line.text)
      if (name) attachments.push(name)
    }
  }
  if (attachments.length > 0) closing.attachments = attachments
  return closing
}
