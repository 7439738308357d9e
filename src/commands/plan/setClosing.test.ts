import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import { useUndoStore } from '../../store/undoStore'
import { replayUndo, runPlanCommand } from '../runPlanCommand'
import { setClosing } from './setClosing'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('setClosing', () => {
  it('writes 主送, 附件, 落款 and 成文日期 in one undoable step', async () => {
    const planId = await createPlan({ title: '计划', unit: '某某镇总工会', year: 2026 })
    useUndoStore.getState().reset(planId)
    const closing = {
      recipient: '各村（社区）工会：',
      attachments: ['1.任务分解表', '考核办法'],
      signature: '',
      issuedOn: '2026-01-05',
    }
    const result = await runPlanCommand(setClosing, planId, { closing })
    expect(result.ok).toBe(true)
    const plan = await db.plans.get(planId)
    expect(plan).toMatchObject({
      recipient: '各村（社区）工会',
      attachments: ['任务分解表', '考核办法'],
      issuedOn: '2026-01-05',
    })
    expect(plan?.signature).toBeUndefined()
    await replayUndo(planId, 'undo')
    const undone = await db.plans.get(planId)
    expect(undone?.recipient).toBeUndefined()
    expect(undone?.attachments).toBeUndefined()
    expect(undone?.issuedOn).toBeUndefined()
    await replayUndo(planId, 'redo')
    expect((await db.plans.get(planId))?.attachments).toEqual(['任务分解表', '考核办法'])
  })

  it('refuses a date that is not one and changes nothing', async () => {
    const planId = await createPlan({ title: '计划', unit: '', year: 2026 })
    const result = await runPlanCommand(setClosing, planId, {
      closing: { issuedOn: '2026-13-01' },
    })
    expect(result.ok).toBe(false)
    expect((await db.plans.get(planId))?.issuedOn).toBeUndefined()
  })
})
