import { PLAN_TITLE, PLAN_UNIT } from '../check/types'
import type { PlanRowFields } from '../outline/planChange'
import { cleanAttachment, formatIssuedDate, parseIssuedDate } from '../outline/planClosing'

/** The plan-row fields find and replace reads: text, the 附件说明's names and the 成文日期. */
export type PlanTextKey = 'title' | 'unit' | 'recipient' | 'attachments' | 'signature' | 'issuedOn'

/** The plan as far as its text fields go (any of them may be left out by a caller). */
export type PlanTextSource = Partial<Pick<PlanRowFields, PlanTextKey>>

export interface PlanTextField {
  /** The match's nodeId (the same ids as the plan check's: planTitle, planUnit). */
  id: string
  key: PlanTextKey
  /** Where, in words. */
  label: string
  /** Before the preamble (the document's head) or after the last item (落款, 成文日期). */
  at: 'head' | 'foot'
}

/**
 * The plan's own text fields that find and replace searches and replaces, in document order
 * within their place. A new plan field joins with one line here, a line in planFieldText and
 * planFieldValue when it is not plain text, and `data-plan-field` where the document shows it
 * (for the find bar's highlight).
 */
export const PLAN_TEXT_FIELDS: readonly PlanTextField[] = [
  { id: PLAN_TITLE, key: 'title', label: '计划标题', at: 'head' },
  { id: PLAN_UNIT, key: 'unit', label: '单位', at: 'head' },
  { id: 'planRecipient', key: 'recipient', label: '主送', at: 'head' },
  { id: 'planAttachments', key: 'attachments', label: '附件说明', at: 'foot' },
  { id: 'planSignature', key: 'signature', label: '落款', at: 'foot' },
  { id: 'planIssuedOn', key: 'issuedOn', label: '成文日期', at: 'foot' },
]

/** The plan field a match's nodeId names, or undefined (the preamble or an item). */
export const planTextField = (id: string): PlanTextField | undefined =>
  PLAN_TEXT_FIELDS.find((field) => field.id === id)

/**
 * A plan field's text as the document shows it, which is what is searched: the 附件说明's names
 * one a line (without `附件：` and their numbers), the 成文日期 as `2026年1月5日`. Undefined when
 * the plan has none (or the caller gave none).
 */
export function planFieldText(plan: PlanTextSource, key: PlanTextKey): string | undefined {
  switch (key) {
    case 'attachments':
      return plan.attachments && plan.attachments.length > 0
        ? plan.attachments.join('\n')
        : undefined
    case 'issuedOn':
      return plan.issuedOn ? formatIssuedDate(plan.issuedOn) : undefined
    default:
      return plan[key]
  }
}

/**
 * The stored value of a plan field whose shown text is now `text` (after a replace): names
 * cleaned, an emptied one dropped; a date read back to ISO (text that is no date is kept as
 * typed, so validation refuses it with its reason); an emptied closing field removed, as the
 * plan form removes it.
 */
export function planFieldValue(key: PlanTextKey, text: string): Partial<PlanRowFields> {
  switch (key) {
    case 'attachments': {
      const names = text.split('\n').map(cleanAttachment).filter(Boolean)
      return { attachments: names.length > 0 ? names : undefined }
    }
    case 'issuedOn':
      return { issuedOn: text.trim() === '' ? undefined : (parseIssuedDate(text) ?? text) }
    case 'recipient':
    case 'signature':
      return { [key]: text.trim() === '' ? undefined : text }
    default:
      return { [key]: text }
  }
}
