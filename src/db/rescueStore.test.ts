// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { docFromText, docText } from '../domain/outline/richText'
import { db } from './db'
import { withPlanDocument } from './planDocuments'
import { createPlan } from './planRepo'
import { writeRescue, writeTitleRescue } from './rescueStore'

beforeEach(async () => {
  localStorage.clear()
  await db.delete()
  await db.open()
})

const onePlan = (title: string) =>
  createPlan(
    { title: '计划', unit: '', year: 2026 },
    { nodes: [{ id: 'n1', parentId: null, orderKey: 'a0', title, body: null }] },
  )

describe('text a closed page kept in localStorage', () => {
  it('a body (left by an earlier version) goes into the plan document when the plan opens', async () => {
    const planId = await onePlan('一')
    writeRescue(planId, 'n1', docFromText('最后一刻输入的字'))
    writeRescue('other-plan', 'x', docFromText('别的计划'))
    await withPlanDocument(planId, () => undefined)
    expect(docText((await db.nodes.get('n1'))!.body)).toBe('最后一刻输入的字')
    expect(localStorage.getItem('plandraft-rescue:n1')).toBeNull()
    // Another plan's rescue waits for that plan.
    expect(localStorage.getItem('plandraft-rescue:x')).not.toBeNull()
  })

  it('a title being typed goes into the plan document when the plan opens', async () => {
    const planId = await onePlan('旧标题')
    writeTitleRescue(planId, 'n1', '关门前改的标题')
    await withPlanDocument(planId, () => undefined)
    expect((await db.nodes.get('n1'))!.title).toBe('关门前改的标题')
    expect(localStorage.getItem('plandraft-rescue-title:n1')).toBeNull()
  })
})
