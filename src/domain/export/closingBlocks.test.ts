import { describe, expect, it } from 'vitest'
import { signatureLayout, textWidthChars } from './closingBlocks'
import { blockText, buildExportBlocks } from './exportModel'
import { DEFAULT_EXPORT_OPTIONS } from './exportOptions'
import { buildPlan } from './fixtures/planBuilder'
import { toPlainText } from './plainText'

const closed = () => {
  const { plan, nodes } = buildPlan({ outline: [{ title: '加强组织领导', body: '正文。' }] })
  return {
    plan: {
      ...plan,
      unit: '某某镇总工会',
      recipient: '各村（社区）工会',
      attachments: ['任务分解表', '考核办法'],
      issuedOn: '2027-01-08',
    },
    nodes,
  }
}

describe('主送, 附件说明, 署名 and 成文日期 in an export', () => {
  it('puts 主送 below the title and the closing after the last item', () => {
    const { plan, nodes } = closed()
    const blocks = buildExportBlocks(plan, nodes, DEFAULT_EXPORT_OPTIONS)
    expect(blocks.map(blockText)).toEqual([
      plan.title,
      '各村（社区）工会：',
      '一、加强组织领导',
      '正文。',
      '附件：1.任务分解表',
      '2.考核办法',
      '某某镇总工会',
      '2027年1月8日',
    ])
    expect(toPlainText(blocks).split('\n').slice(-7)).toEqual([
      '',
      '附件：1.任务分解表',
      '2.考核办法',
      '',
      '某某镇总工会',
      '2027年1月8日',
      '',
    ])
  })

  it('indents 附件 two characters, later names under the first number, wrapped lines under the name', () => {
    const { plan, nodes } = closed()
    const [first, second] = buildExportBlocks(plan, nodes, DEFAULT_EXPORT_OPTIONS).filter(
      (block) => block.kind === 'attachment',
    )
    expect(first).toMatchObject({ startChars: 2, leftChars: 6, blankBefore: true })
    expect(second).toMatchObject({ startChars: 5, leftChars: 6, blankBefore: false })
    const one = buildExportBlocks({ ...plan, attachments: ['名单'] }, nodes, DEFAULT_EXPORT_OPTIONS)
    expect(one.map(blockText)).toContain('附件：名单')
  })

  it('signs two characters from the right, the date two characters right of the 署名', () => {
    // 某某镇总工会: 6 characters; 2027年1月8日: 年月日, six digits at ½ and five gaps of ⅕
    // between digits and Chinese: 7, too long to start two characters in: it keeps two
    // characters on the right and the 署名 moves left.
    expect(textWidthChars('2027年1月8日')).toBe(7)
    expect(signatureLayout('某某镇总工会', '2027年1月8日')).toEqual({
      signatureRight: 5,
      dateRight: 2,
    })
    // A long 署名: it keeps two characters; the date starts two characters right of it.
    expect(signatureLayout('某某县人民政府办公室', '2027年1月8日')).toEqual({
      signatureRight: 2,
      dateRight: 3,
    })
  })

  it('leaves them out of a subtree export', () => {
    const { plan, nodes } = closed()
    const blocks = buildExportBlocks(plan, nodes, {
      ...DEFAULT_EXPORT_OPTIONS,
      scope: 'subtree',
      subtreeId: nodes[0].id,
    })
    expect(blocks.some((block) => block.kind === 'signature' || block.kind === 'recipient')).toBe(
      false,
    )
  })
})
