import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import { docFromText, docText } from '../../domain/outline/richText'
import { useUndoStore } from '../../store/undoStore'
import { replayUndo, runPlanCommand } from '../runPlanCommand'
import { renamePlanCommand } from '../library/planCommands'
import { acquirePlanDocument, releasePlanDocument } from '../../db/planDocuments'
import { applyChangeToDocument } from '../../domain/document/applyChangeToDocument'
import { readNodeBody } from '../../domain/document/documentOperations'
import { fillNamedSlotsCommand } from './fillSlots'

// 计划 {{单位}}20xx年工作计划, preamble: {{单位}}的总体思路
// 一、{{单位}}自身建设          (body: 由{{负责人}}负责，{{单位}}落实)
// 二、无空位                     (body: 旧正文)
async function seed() {
  const planId = await createPlan(
    { title: '{{单位}}20xx年工作计划', unit: '某镇总工会', year: 2026 },
    {
      nodes: [
        {
          id: 'A',
          parentId: null,
          orderKey: 'a0',
          title: '{{单位}}自身建设',
          body: docFromText('由{{负责人}}负责，{{单位}}落实'),
        },
        { id: 'B', parentId: null, orderKey: 'a1', title: '无空位', body: docFromText('旧正文') },
      ],
    },
  )
  await db.plans.update(planId, { preamble: docFromText('{{单位}}的总体思路') })
  useUndoStore.getState().reset(planId)
  return planId
}

const snapshot = async (planId: string) => {
  const plan = await db.plans.get(planId)
  const a = await db.nodes.get('A')
  return [plan?.title, docText(plan?.preamble), a?.title, docText(a?.body)]
}

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('fillNamedSlotsCommand', () => {
  it('fills {{单位}} everywhere in one undo step; undo brings every one back', async () => {
    const planId = await seed()
    const untouched = (await db.nodes.get('B'))?.rev
    const result = await runPlanCommand(fillNamedSlotsCommand, planId, {
      values: { 单位: '县总工会' },
    })
    expect(result.ok).toBe(true)
    expect(await snapshot(planId)).toEqual([
      '县总工会20xx年工作计划',
      '县总工会的总体思路',
      '县总工会自身建设',
      '由{{负责人}}负责，县总工会落实',
    ])
    expect(useUndoStore.getState().past.map((step) => step.label)).toEqual(['填写空位'])
    // The item without a slot was not written.
    expect((await db.nodes.get('B'))?.rev).toBe(untouched)

    await replayUndo(planId, 'undo')
    expect(await snapshot(planId)).toEqual([
      '{{单位}}20xx年工作计划',
      '{{单位}}的总体思路',
      '{{单位}}自身建设',
      '由{{负责人}}负责，{{单位}}落实',
    ])
  })

  it('refuses a blank value, and a name the plan no longer has, changing nothing', async () => {
    const planId = await seed()
    const blank = await runPlanCommand(fillNamedSlotsCommand, planId, { values: { 单位: '  ' } })
    expect(blank).toEqual({ ok: false, reason: '请先输入要填入的内容' })
    const none = await runPlanCommand(fillNamedSlotsCommand, planId, { values: { 年度: '2026' } })
    expect(none).toEqual({ ok: false, reason: '计划中已没有 {{年度}}' })
    expect((await snapshot(planId))[0]).toBe('{{单位}}20xx年工作计划')
    expect(useUndoStore.getState().past).toEqual([])
  })
})

describe('the plan form fills {{单位}} / {{年度}} by itself', () => {
  it('a changed unit and year fill their slots in the same write; the title typed is kept', async () => {
    const planId = await seed()
    await db.plans.update(planId, { title: '{{单位}}{{年度}}年工作计划' })
    await db.nodes.update('B', { body: docFromText('{{年度}}年底前完成') })
    await renamePlanCommand.perform({
      planId,
      fields: { title: '{{单位}}{{年度}}年工作要点', unit: '城关镇总工会', year: 2027 },
    })
    const plan = await db.plans.get(planId)
    expect([plan?.title, plan?.unit, plan?.year]).toEqual([
      '城关镇总工会2027年工作要点',
      '城关镇总工会',
      2027,
    ])
    expect(await snapshot(planId)).toEqual([
      '城关镇总工会2027年工作要点',
      '城关镇总工会的总体思路',
      '城关镇总工会自身建设',
      '由{{负责人}}负责，城关镇总工会落实',
    ])
    expect(docText((await db.nodes.get('B'))?.body)).toBe('2027年底前完成')
  })

  it('an unchanged unit fills nothing (the form saved for its title only)', async () => {
    const planId = await seed()
    await renamePlanCommand.perform({
      planId,
      fields: { title: '新标题', unit: '某镇总工会', year: 2026 },
    })
    expect(await snapshot(planId)).toEqual([
      '新标题',
      '{{单位}}的总体思路',
      '{{单位}}自身建设',
      '由{{负责人}}负责，{{单位}}落实',
    ])
  })

  it('the open document gets the fill, in text typed there and not yet in the rows', async () => {
    const planId = await seed()
    const opened = await acquirePlanDocument(planId)
    try {
      const row = await db.nodes.get('B')
      if (!row) throw new Error('no row')
      // Typed in the live editor: in the document at once, in the row only at a pause.
      const typed = { ...row, body: docFromText('{{单位}}负责，刚输入') }
      applyChangeToDocument(
        opened.doc,
        { added: [], updated: [{ before: row, after: typed }], removed: [] },
        'typing',
      )
      await renamePlanCommand.perform({
        planId,
        fields: { title: '新标题', unit: '城关镇总工会', year: 2026 },
      })
      expect(docText(readNodeBody(opened.doc, 'B'))).toBe('城关镇总工会负责，刚输入')
      expect(docText(readNodeBody(opened.doc, 'A'))).toBe('由{{负责人}}负责，城关镇总工会落实')
      expect(docText((await db.nodes.get('B'))?.body)).toBe('城关镇总工会负责，刚输入')
      expect((await db.plans.get(planId))?.unit).toBe('城关镇总工会')
    } finally {
      releasePlanDocument(planId)
    }
  })
})
