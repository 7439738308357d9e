import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import { listSnapshots } from '../../db/snapshotRepo'
import { findInPlan, type FindQuery } from '../../domain/find/findInPlan'
import { DEFAULT_FIND_OPTIONS } from '../../domain/find/findOptions'
import { docFromText, docText } from '../../domain/outline/richText'
import { useUndoStore } from '../../store/undoStore'
import { replayUndo, runPlanCommand } from '../runPlanCommand'
import { replaceOneText } from './replaceText'
import { replaceAllInPlan } from './replaceTextAll'

async function seed() {
  const planId = await createPlan(
    { title: '计划', unit: '', year: 2026 },
    {
      nodes: [
        {
          id: 'A',
          parentId: null,
          orderKey: 'a0',
          title: '工会建设',
          body: docFromText('加强工会'),
        },
        { id: 'B', parentId: null, orderKey: 'a1', title: '其他', body: docFromText('无') },
      ],
    },
  )
  await db.plans.update(planId, { preamble: docFromText('以工会为纽带') })
  useUndoStore.getState().reset(planId)
  return planId
}

const query: FindQuery = { text: '工会', options: DEFAULT_FIND_OPTIONS }
const texts = async (planId: string) => {
  const plan = await db.plans.get(planId)
  const nodes = await db.nodes.where({ planId }).toArray()
  const byId = new Map(nodes.map((node) => [node.id, node]))
  return [docText(plan?.preamble), byId.get('A')?.title, docText(byId.get('A')?.body)]
}

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('replace commands', () => {
  it('replace all: titles, bodies and preamble in one undo step, a version kept before it', async () => {
    const planId = await seed()
    let count = 0
    const result = await replaceAllInPlan(planId, {
      query,
      replacement: '职工之家',
      onCount: (replaced) => (count = replaced),
    })
    expect(result.ok).toBe(true)
    expect(count).toBe(3)
    expect(await texts(planId)).toEqual(['以职工之家为纽带', '职工之家建设', '加强职工之家'])
    expect(useUndoStore.getState().past).toHaveLength(1)
    const versions = await listSnapshots(planId)
    expect(versions.map((version) => version.label)).toEqual(['全部替换“工会”为“职工之家”之前'])
    await replayUndo(planId, 'undo')
    expect(await texts(planId)).toEqual(['以工会为纽带', '工会建设', '加强工会'])
    await replayUndo(planId, 'redo')
    expect(await texts(planId)).toEqual(['以职工之家为纽带', '职工之家建设', '加强职工之家'])
  })

  it('replace all covers the plan’s title and unit, counted, undone in the same one step', async () => {
    const planId = await seed()
    await db.plans.update(planId, { title: '某某镇总工会2026年工作计划', unit: '某某镇总工会' })
    let count = 0
    const result = await replaceAllInPlan(planId, {
      query: { ...query, text: '镇总工会' },
      replacement: '街道总工会',
      onCount: (replaced) => (count = replaced),
    })
    expect(result.ok).toBe(true)
    expect(count).toBe(2)
    expect(await db.plans.get(planId)).toMatchObject({
      title: '某某街道总工会2026年工作计划',
      unit: '某某街道总工会',
    })
    expect(useUndoStore.getState().past).toHaveLength(1)
    await replayUndo(planId, 'undo')
    expect(await db.plans.get(planId)).toMatchObject({
      title: '某某镇总工会2026年工作计划',
      unit: '某某镇总工会',
    })
  })

  it('a replace that would empty the plan’s title is refused, nothing changed', async () => {
    const planId = await seed()
    const result = await replaceAllInPlan(planId, {
      query: { ...query, text: '计划' },
      replacement: '',
    })
    expect(result).toEqual({ ok: false, reason: '替换后计划标题不能为空，未替换' })
    expect((await db.plans.get(planId))?.title).toBe('计划')
  })

  it('replace one in the plan’s unit', async () => {
    const planId = await seed()
    await db.plans.update(planId, { unit: '某某镇工会' })
    const match = { nodeId: 'planUnit', field: 'title' as const, from: 3, to: 5 }
    const result = await runPlanCommand(replaceOneText, planId, {
      match,
      query,
      replacement: '总工会',
    })
    expect(result.ok).toBe(true)
    expect((await db.plans.get(planId))?.unit).toBe('某某镇总工会')
  })

  it('replace all with nothing to find is refused and changes nothing', async () => {
    const planId = await seed()
    const result = await replaceAllInPlan(planId, {
      query: { ...query, text: '不存在' },
      replacement: 'x',
    })
    expect(result).toEqual({ ok: false, reason: '没有找到“不存在”，未替换' })
    expect(useUndoStore.getState().past).toHaveLength(0)
  })

  it('replace one: only that match; a match whose text has changed since is refused', async () => {
    const planId = await seed()
    const plan = (await db.plans.get(planId))!
    const nodes = await db.nodes.where({ planId }).toArray()
    const [, inTitle] = findInPlan(plan, nodes, query)
    expect(inTitle).toMatchObject({ nodeId: 'A', field: 'title', from: 0 })
    await runPlanCommand(replaceOneText, planId, { match: inTitle, query, replacement: '工會' })
    expect(await texts(planId)).toEqual(['以工会为纽带', '工會建设', '加强工会'])
    const again = await runPlanCommand(replaceOneText, planId, {
      match: inTitle,
      query,
      replacement: '工會',
    })
    expect(again.ok).toBe(false)
    await replayUndo(planId, 'undo')
    expect(await texts(planId)).toEqual(['以工会为纽带', '工会建设', '加强工会'])
  })

  it('replace one in the preamble', async () => {
    const planId = await seed()
    const match = { nodeId: 'preamble', field: 'body' as const, from: 1, to: 3 }
    const result = await runPlanCommand(replaceOneText, planId, { match, query, replacement: '团' })
    expect(result.ok).toBe(true)
    expect((await texts(planId))[0]).toBe('以团为纽带')
  })

  it('replace all reaches 附件说明 and 成文日期, counted, undone in the same one step', async () => {
    const planId = await seed()
    await db.plans.update(planId, {
      title: '2026年工作计划',
      attachments: ['2026年任务分解表', '考核办法'],
      signature: '某某镇总工会',
      issuedOn: '2026-01-05',
    })
    let count = 0
    const result = await replaceAllInPlan(planId, {
      query: { ...query, text: '2026' },
      replacement: '2027',
      onCount: (replaced) => (count = replaced),
    })
    expect(result.ok).toBe(true)
    expect(count).toBe(3)
    expect(await db.plans.get(planId)).toMatchObject({
      title: '2027年工作计划',
      attachments: ['2027年任务分解表', '考核办法'],
      issuedOn: '2027-01-05',
    })
    expect(useUndoStore.getState().past).toHaveLength(1)
    await replayUndo(planId, 'undo')
    expect(await db.plans.get(planId)).toMatchObject({
      title: '2026年工作计划',
      attachments: ['2026年任务分解表', '考核办法'],
      issuedOn: '2026-01-05',
    })
  })

  it('a replace that would leave no date in 成文日期 is refused with the reason', async () => {
    const planId = await seed()
    await db.plans.update(planId, { issuedOn: '2026-01-05' })
    const result = await replaceAllInPlan(planId, {
      query: { ...query, text: '1月' },
      replacement: '十三月',
    })
    expect(result).toEqual({ ok: false, reason: '替换后成文日期应写作如 2026年1月5日，未替换' })
    expect((await db.plans.get(planId))?.issuedOn).toBe('2026-01-05')
  })
})
