import { describe, expect, it } from 'vitest'
import {
  cleanAttachment,
  cleanRecipient,
  closingFieldsOf,
  closingProblem,
  formatIssuedDate,
  parseIssuedDate,
  shiftIssuedDate,
  shownSignature,
} from './planClosing'
import { validatePlanFields } from './planFields'

describe('the closing fields of a plan', () => {
  it('reads dates as written on a 公文 and writes them in Arabic numerals without zeros', () => {
    expect(parseIssuedDate('2025年12月30日')).toBe('2025-12-30')
    expect(parseIssuedDate('二〇二五年十二月三十日')).toBe('2025-12-30')
    expect(parseIssuedDate('二〇二六年一月五日')).toBe('2026-01-05')
    expect(parseIssuedDate(' 2026 年 1 月 5 日 ')).toBe('2026-01-05')
    expect(parseIssuedDate('2026-01-05')).toBe('2026-01-05')
    expect(parseIssuedDate('2026.1.5')).toBe('2026-01-05')
    expect(parseIssuedDate('２０２６年１月５日')).toBe('2026-01-05')
    expect(parseIssuedDate('2025年2月30日')).toBeNull()
    expect(parseIssuedDate('2025年工作计划')).toBeNull()
    expect(parseIssuedDate('截至2025年12月30日')).toBeNull()
    expect(formatIssuedDate('2027-01-08')).toBe('2027年1月8日')
  })

  it('moves a date on by years; 29 February becomes the 28th', () => {
    expect(shiftIssuedDate('2025-12-30', 1)).toBe('2026-12-30')
    expect(shiftIssuedDate('2024-02-29', 1)).toBe('2025-02-28')
  })

  it('keeps names without their colon, number or end punctuation', () => {
    expect(cleanRecipient('主送：各镇（街道）总工会：')).toBe('各镇（街道）总工会')
    expect(cleanRecipient('各基层工会:')).toBe('各基层工会')
    expect(cleanAttachment('附件：1.2026年重点工作任务分解表')).toBe('2026年重点工作任务分解表')
    expect(cleanAttachment('2．考核办法。')).toBe('考核办法')
  })

  it('signs with the unit when a date is set and no 落款 is typed', () => {
    expect(shownSignature({ unit: '某某镇总工会' })).toBe('')
    expect(shownSignature({ unit: '某某镇总工会', issuedOn: '2026-01-05' })).toBe('某某镇总工会')
    expect(shownSignature({ unit: '某某镇总工会', signature: '某某镇人民政府' })).toBe(
      '某某镇人民政府',
    )
  })

  it('drops empty fields and refuses what cannot be kept', () => {
    expect(
      closingFieldsOf({ recipient: ' ', attachments: ['', ' 附件：名单 '], signature: '' }),
    ).toEqual({ attachments: ['名单'] })
    expect(closingProblem({ issuedOn: '2026-02-30' })).toBe('成文日期应写作如 2026年1月5日')
    expect(closingProblem({ attachments: Array(31).fill('表') })).toBe('附件不能超过 30 个')
    const plan = { title: '计划', unit: '', year: 2026 }
    expect(validatePlanFields({ ...plan, recipient: '主'.repeat(201) })).toBe(
      '主送不能超过 200 个字',
    )
    expect(validatePlanFields({ ...plan, issuedOn: '2026-01-05' })).toBeNull()
  })
})
