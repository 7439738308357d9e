import { describe, expect, it } from 'vitest'
import { outlineFromLines } from './outlineFromLines'
import { parseImport } from './parseImport'
import { sourceLinesFromText } from './sourceLinesFromText'

const parse = (text: string) => parseImport(sourceLinesFromText(text)).plans[0]

const plan = `某某镇总工会2026年工作计划
各村（社区）工会：
一、加强组织建设
做好会员发展工作。
二、深化劳动竞赛
组织技能比武。

附件：1.2026年重点工作任务分解表
2.考核办法

某某镇总工会
2025年12月30日`

describe('closing lines of an import', () => {
  it('keeps 主送, 附件, 落款 and 成文日期 as the plan’s, not as chapters', () => {
    const parsed = parse(plan)
    const closing = parsed.lines.filter((line) => line.closing).map((line) => line.closing)
    expect(closing).toEqual(['recipient', 'attachment', 'attachment', 'signature', 'issuedDate'])
    const outline = outlineFromLines(parsed.lines)
    expect(outline.items.map((item) => item.title)).toEqual(['加强组织建设', '深化劳动竞赛'])
    expect(outline.items[1].body).toEqual([[{ text: '组织技能比武。' }]])
    expect(outline.closing).toEqual({
      recipient: '各村（社区）工会',
      attachments: ['2026年重点工作任务分解表', '考核办法'],
      signature: '某某镇总工会',
      issuedOn: '2025-12-30',
    })
    expect(parsed.unit).toBe('某某镇总工会')
  })

  it('reads a date in Chinese numerals, a 主送 so labelled, attachments after the 落款', () => {
    const parsed = parse(`2026年工作要点
主送：县总工会
一、抓好学习
认真学习。
县教育局工会
二〇二五年十二月三十日
附件：1.学习安排
2.任务清单`)
    expect(outlineFromLines(parsed.lines).closing).toEqual({
      recipient: '县总工会',
      attachments: ['学习安排', '任务清单'],
      signature: '县教育局工会',
      issuedOn: '2025-12-30',
    })
    expect(outlineFromLines(parsed.lines).items.map((item) => item.title)).toEqual(['抓好学习'])
  })

  it('leaves numbered items that are not after 附件, and a date inside the text, alone', () => {
    const parsed = parse(`2026年工作计划
一、重点工作
1.开展活动
2.总结经验
截至2025年12月30日完成。`)
    const outline = outlineFromLines(parsed.lines)
    expect(outline.closing).toBeUndefined()
    expect(outline.items[0].children.map((item) => item.title)).toEqual(['开展活动', '总结经验'])
  })

  it('a single attachment without a number; a line turned back into body leaves the closing', () => {
    const parsed = parse(`2026年工作计划
一、重点工作
做好工作。

附件：考核细则

某某镇人民政府
2026年1月5日`)
    const outline = outlineFromLines(parsed.lines)
    expect(outline.closing).toEqual({
      attachments: ['考核细则'],
      signature: '某某镇人民政府',
      issuedOn: '2026-01-05',
    })
    const withoutDate = parsed.lines.map((line) =>
      line.closing === 'issuedDate' ? { ...line, role: 'body' as const, closing: undefined } : line,
    )
    expect(outlineFromLines(withoutDate).closing?.issuedOn).toBeUndefined()
  })
})
