import { describe, expect, it } from 'vitest'
import { buildPlan } from '../export/fixtures/planBuilder'
import { rollOverPlan } from './rollOverPlan'
import { rollClosing } from './rollClosing'

describe('roll-over of the closing fields', () => {
  it('moves the 成文日期 by the years the plan moves; keeps 主送, 附件 and 落款', () => {
    expect(
      rollClosing(
        {
          recipient: '各村工会',
          attachments: ['分解表'],
          signature: '某镇总工会',
          issuedOn: '2025-12-30',
        },
        2026,
        2027,
      ),
    ).toEqual({
      recipient: '各村工会',
      attachments: ['分解表'],
      signature: '某镇总工会',
      issuedOn: '2026-12-30',
    })
    expect(rollClosing({ issuedOn: '2024-02-29' }, 2024, 2025)).toEqual({ issuedOn: '2025-02-28' })
    expect(rollClosing({}, 2025, 2026)).toEqual({})
  })

  it('the copy made by 复制为新年度计划 carries them', () => {
    const { plan, nodes } = buildPlan({ year: 2026, outline: [{ title: '重点工作' }] })
    const rolled = rollOverPlan(
      { plan: { ...plan, issuedOn: '2026-01-05', signature: '某镇总工会' }, nodes },
      { toYear: 2027, keepBodies: true, newId: () => Math.random().toString(36), now: 1 },
    )
    if ('error' in rolled) throw new Error(rolled.error)
    expect(rolled.plan).toMatchObject({ issuedOn: '2027-01-05', signature: '某镇总工会' })
  })
})
