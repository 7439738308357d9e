import type { Plan } from './types'

/**
 * The lines a 公文 has around its body (GB/T 9704-2012, 7.3.2–7.3.5): 主送 below the title,
 * 附件说明, 署名 (落款) and 成文日期 after the last item. All optional: a plan without them ends
 * with its last item, as before.
 */
export interface PlanClosingFields {
  /** 主送机关, without the closing colon (it is added where it is shown): `各镇（街道）总工会`. */
  recipient?: string
  /** 附件说明: the attachments' names, without numbers or end punctuation. */
  attachments?: string[]
  /** 落款 (发文机关署名); empty: the plan's unit is signed when there is a date. */
  signature?: string
  /** 成文日期 as an ISO date, `2026-01-05`; shown as `2026年1月5日`. */
  issuedOn?: string
}

export const CLOSING_FIELDS = ['recipient', 'attachments', 'signature', 'issuedOn'] as const
export type ClosingField = (typeof CLOSING_FIELDS)[number]

export const CLOSING_TEXT_MAX_LENGTH = 200
export const ATTACHMENTS_MAX = 30

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** `二〇二五` → 2025 (digit by digit), `十二` / `三十` / `三十一` → 12 / 30 / 31. */
function chineseNumber(text: string): number | null {
  if (/^[0-9０-９]+$/.test(text))
    return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)))
  if (text.includes('十')) {
    const [tens, ones] = text.split('十')
    const high = tens === '' ? 1 : CHINESE_DIGITS[tens]
    const low = ones === '' ? 0 : CHINESE_DIGITS[ones]
    if (high === undefined || low === undefined || tens.length > 1 || ones.length > 1) return null
    return high * 10 + low
  }
  let value = 0
  for (const character of text) {
    const digit = CHINESE_DIGITS[character]
    if (digit === undefined) return null
    value = value * 10 + digit
  }
  return text.length > 0 ? value : null
}

const NUMBER = '[0-9０-９]+|[〇零一二三四五六七八九十OＯ]+'
/** A whole line that is a date: `2025年12月30日`, `二〇二五年十二月三十日`, `2026-01-05`, `2026.1.5`. */
const CHINESE_DATE = new RegExp(`^(${NUMBER})\\s*年\\s*(${NUMBER})\\s*月\\s*(${NUMBER})\\s*日$`)
const NUMERIC_DATE = /^(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})$/

const pad = (value: number) => String(value).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** A date as written on a line (the whole line), as an ISO date; null when it is not one. */
export function parseIssuedDate(text: string): string | null {
  const line = text.trim()
  const numeric = NUMERIC_DATE.exec(line)
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
  const chinese = CHINESE_DATE.exec(line)
  if (!chinese) return null
  const [year, month, day] = chinese.slice(1).map(chineseNumber)
  if (year === null || month === null || day === null) return null
  return isoDate(year, month, day)
}

/** `2026-01-05` → `2026年1月5日` (Arabic numerals, full year, no leading zeros, as GB/T 9704 asks). */
export function formatIssuedDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** The same day `years` later (29 February becomes 28 February). */
export function shiftIssuedDate(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number)
  return isoDate(year + years, month, day) ?? isoDate(year + years, month, day - 1) ?? iso
}

/** `主送：各镇总工会：` → `各镇总工会` (the colon is added where it is shown). */
export function cleanRecipient(text: string): string {
  return text
    .trim()
    .replace(/^主送(机关)?\s*[：:]\s*/, '')
    .replace(/[：:]+$/, '')
    .trim()
}

/** An attachment's name as typed: no `附件：`, no `1.` number, no end punctuation. */
export function cleanAttachment(text: string): string {
  return text
    .trim()
    .replace(/^附件\s*[：:]\s*/, '')
    .replace(/^[0-9０-９]+\s*[.．、]\s*/, '')
    .replace(/[。；，;,.]+$/, '')
    .trim()
}

/** The 署名 shown: the 落款 typed, or the plan's unit when there is a date to sign. */
export function shownSignature(plan: Pick<Plan, 'unit'> & PlanClosingFields): string {
  const signature = plan.signature?.trim() ?? ''
  if (signature !== '') return signature
  return plan.issuedOn ? plan.unit.trim() : ''
}

/**
 * The closing fields' text as the document shows it (主送, the attachments' names, the 署名,
 * the date written out), for the character count.
 */
export function closingText(plan: Pick<Plan, 'unit'> & PlanClosingFields): string {
  return [
    plan.recipient ?? '',
    ...(plan.attachments ?? []),
    shownSignature(plan),
    plan.issuedOn ? formatIssuedDate(plan.issuedOn) : '',
  ].join('\n')
}

/** A plan's closing fields as stored, without the empty ones. */
export function closingFieldsOf(fields: PlanClosingFields): PlanClosingFields {
  const recipient = cleanRecipient(fields.recipient ?? '')
  const attachments = (fields.attachments ?? []).map(cleanAttachment).filter(Boolean)
  const signature = fields.signature?.trim() ?? ''
  return {
    ...(recipient && { recipient }),
    ...(attachments.length > 0 && { attachments }),
    ...(signature && { signature }),
    ...(fields.issuedOn && { issuedOn: fields.issuedOn }),
  }
}

/** Why the closing fields cannot be kept, in Chinese; null when they can. */
export function closingProblem(fields: PlanClosingFields): string | null {
  if ((fields.recipient?.length ?? 0) > CLOSING_TEXT_MAX_LENGTH)
    return `主送不能超过 ${CLOSING_TEXT_MAX_LENGTH} 个字`
  if ((fields.signature?.length ?? 0) > CLOSING_TEXT_MAX_LENGTH)
    return `落款不能超过 ${CLOSING_TEXT_MAX_LENGTH} 个字`
  const attachments = fields.attachments ?? []
  if (attachments.length > ATTACHMENTS_MAX) return `附件不能超过 ${ATTACHMENTS_MAX} 个`
  if (attachments.some((name) => name.length > CLOSING_TEXT_MAX_LENGTH))
    return `附件名称不能超过 ${CLOSING_TEXT_MAX_LENGTH} 个字`
  if (fields.issuedOn !== undefined && parseIssuedDate(fields.issuedOn) !== fields.issuedOn)
    return '成文日期应写作如 2026年1月5日'
  return null
}

/** Whether two sets of closing fields are the same. */
export function sameClosing(a: PlanClosingFields, b: PlanClosingFields): boolean {
  return CLOSING_FIELDS.every(
    (field) => JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null),
  )
}
