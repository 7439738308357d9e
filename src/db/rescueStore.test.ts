// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { docFromText, docText } from '../domain/outline/richText'
import { db } from './db'
import { createPlan } from './planRepo'
import { recoverPlan, writeRescue, writeTitleRescue } from './rescueStore'

beforeEach(async () => {
  localStorage.clear()
  await db.delete()
  await db.open()
})

describe('rescue of text typed just before the page closed', () => {
  it('is folded into the node when the plan opens again, and then forgotten', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '', year: 2026 },
      { nodes: [{ id: 'n1', parentId: null, orderKey: 'a0', title: '一', body: null }] },
    )
    writeRescue(planId, 'n1', docFromText('最后一刻输入的字'))
    writeRescue('other-plan', 'x', docFromText('别的计划'))
    await recoverPlan(planId)
    expect(docText((await db.nodes.get('n1'))!.body)).toBe('最后一刻输入的字')
    expect(localStorage.getItem('plandraft-rescue:n1')).toBeNull()
    // Another plan's rescue waits for that plan.
    expect(localStorage.getItem('plandraft-rescue:x')).not.toBeNull()
  })
})

describe('rescue of a title typed just before the page closed', () => {
  it('is written into the node when the plan opens again', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '', year: 2026 },
      { nodes: [{ id: 'n1', parentId: null, orderKey: 'a0', title: '旧标题', body: null }] },
    )
    writeTitleRescue(planId, 'n1', '关门前改的标题')
    await recoverPlan(planId)
    expect((await db.nodes.get('n1'))!.title).toBe('关门前改的标题')
    expect(localStorage.getItem('plandraft-rescue-title:n1')).toBeNull()
  })
})
