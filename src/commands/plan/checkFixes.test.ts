import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan, loadPlan } from '../../db/planRepo'
import { checkPlan } from '../../domain/check/checkPlan'
import type { CheckKind, Finding } from '../../domain/check/types'
import { docFromText, docText } from '../../domain/outline/richText'
import { useUndoStore } from '../../store/undoStore'
import { replayUndo, runPlanCommand } from '../runPlanCommand'
import { checkFixCommand, fixArgs } from './checkFixes'

async function seed() {
  const planId = await createPlan(
    { title: '计划', unit: '某镇总工会', year: 2026 },
    {
      preamble: docFromText('围绕目标,扎实开展工作'),
      nodes: [
        {
          id: 'A',
          parentId: null,
          orderKey: 'a0',
          title: '（一）总体要求',
          body: docFromText('加强学习,提高素质.\n2025年成绩显著'),
        },
        { id: 'B', parentId: null, orderKey: 'a1', title: '重点工作。', body: docFromText('正文') },
      ],
    },
  )
  useUndoStore.getState().reset(planId)
  return planId
}

async function findings(planId: string, kind?: CheckKind): Promise<Finding[]> {
  const data = await loadPlan(planId)
  if (!data) throw new Error('no plan')
  return checkPlan(data.plan, data.nodes).filter((finding) => !kind || finding.kind === kind)
}

async function fix(planId: string, finding: Finding) {
  if (!finding.fix) throw new Error('no fix')
  return runPlanCommand(checkFixCommand(finding.fix.label), planId, fixArgs([finding.fix]))
}

const node = async (id: string) => {
  const row = await db.nodes.get(id)
  return { title: row?.title, body: docText(row?.body) }
}

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('plan check fixes, through the command runner', () => {
  it('half-width → full-width in a body, then undo restores it', async () => {
    const planId = await seed()
    const [comma] = (await findings(planId, 'halfWidth')).filter((item) => item.nodeId === 'A')
    expect((await fix(planId, comma)).ok).toBe(true)
    expect((await node('A')).body).toBe('加强学习，提高素质.\n2025年成绩显著')
    const [period] = await findings(planId, 'mixedPeriod')
    await fix(planId, period)
    expect((await node('A')).body).toBe('加强学习，提高素质。\n2025年成绩显著')
    await replayUndo(planId, 'undo')
    await replayUndo(planId, 'undo')
    expect((await node('A')).body).toBe('加强学习,提高素质.\n2025年成绩显著')
  })

  it('removes a typed number and a title’s 。; the preamble is fixed too', async () => {
    const planId = await seed()
    await fix(planId, (await findings(planId, 'typedNumber'))[0])
    await fix(planId, (await findings(planId, 'titlePeriod'))[0])
    const [preamble] = (await findings(planId, 'halfWidth')).filter(
      (item) => item.nodeId === 'preamble',
    )
    await fix(planId, preamble)
    expect((await node('A')).title).toBe('总体要求')
    expect((await node('B')).title).toBe('重点工作')
    expect(docText((await db.plans.get(planId))?.preamble)).toBe('围绕目标，扎实开展工作')
    expect(useUndoStore.getState().past.map((entry) => entry.label)).toEqual([
      '删除手写序号',
      '删除句号',
      '改为全角',
    ])
    await replayUndo(planId, 'undo')
    expect(docText((await db.plans.get(planId))?.preamble)).toBe('围绕目标,扎实开展工作')
  })

  it('保留为历史年份 adds the year to the plan and the finding goes; undo brings it back', async () => {
    const planId = await seed()
    const [year] = await findings(planId, 'year')
    expect(year.fix?.label).toBe('保留为历史年份')
    await fix(planId, year)
    expect((await db.plans.get(planId))?.keptYears).toEqual([2025])
    expect(await findings(planId, 'year')).toEqual([])
    await replayUndo(planId, 'undo')
    expect((await db.plans.get(planId))?.keptYears).toBeUndefined()
    expect(await findings(planId, 'year')).toHaveLength(1)
  })

  it('fixes the plan’s own title (half-width, final 。) like any other text; undo restores it', async () => {
    const planId = await seed()
    await db.plans.update(planId, { title: '某镇总工会(2026年)工作计划。' })
    const inTitle = (await findings(planId)).filter((item) => item.nodeId === 'planTitle')
    expect(inTitle.map((item) => item.kind)).toEqual(['halfWidth', 'titlePeriod'])
    await runPlanCommand(checkFixCommand('修正'), planId, fixArgs(inTitle.map((item) => item.fix!)))
    expect((await db.plans.get(planId))?.title).toBe('某镇总工会（2026年）工作计划')
    expect((await findings(planId)).filter((item) => item.nodeId === 'planTitle')).toEqual([])
    await replayUndo(planId, 'undo')
    expect((await db.plans.get(planId))?.title).toBe('某镇总工会(2026年)工作计划。')
  })

  it('a fix whose text has changed since the check is refused and changes nothing', async () => {
    const planId = await seed()
    const [comma] = (await findings(planId, 'halfWidth')).filter((item) => item.nodeId === 'A')
    await db.nodes.update('A', { body: docFromText('已经改写的正文') })
    const result = await fix(planId, comma)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toBe('内容已改动，请重新检查后再修正')
    expect((await node('A')).body).toBe('已经改写的正文')
    expect(useUndoStore.getState().past).toHaveLength(0)
  })

  it('全部修正: every half-width mark of the plan in one command, one undo step', async () => {
    const planId = await seed()
    const all = await findings(planId, 'halfWidth')
    expect(all).toHaveLength(2)
    const fixes = all.map((item) => item.fix!)
    await runPlanCommand(checkFixCommand('改为全角（全部）'), planId, fixArgs(fixes))
    expect(await findings(planId, 'halfWidth')).toEqual([])
    expect((await node('A')).body).toBe('加强学习，提高素质.\n2025年成绩显著')
    expect(docText((await db.plans.get(planId))?.preamble)).toBe('围绕目标，扎实开展工作')
    expect(useUndoStore.getState().past).toHaveLength(1)
    await replayUndo(planId, 'undo')
    expect(await findings(planId, 'halfWidth')).toHaveLength(2)
  })
})
