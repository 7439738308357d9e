import { beforeEach, describe, expect, it } from 'vitest'
import { emptyChange, invertChange } from '../domain/outline/planChange'
import { docFromText } from '../domain/outline/richText'
import type { OutlineNode } from '../domain/outline/types'
import { db } from './db'
import { createPlan } from './planRepo'
import { applyChange, StaleWriteError } from './planWriter'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

async function seed() {
  return createPlan(
    { title: '计划', unit: '', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '一二', body: null },
        { id: 'B', parentId: null, orderKey: 'a1', title: '三', body: docFromText('四五') },
      ],
    },
  )
}

const node = async (id: string) => (await db.nodes.get(id)) as OutlineNode
const rename = (before: OutlineNode, title: string) => ({
  ...emptyChange(),
  updated: [{ before, after: { ...before, title } }],
})

describe('the plan writer', () => {
  it('keeps the derived fields: rev, charCount, updatedAt', async () => {
    const planId = await seed()
    const before = await db.plans.get(planId)
    expect(before!.charCount).toBe(7)
    const a = await node('A')
    const applied = await applyChange(planId, rename(a, '一二三四'))
    expect((await node('A')).rev).toBe((a.rev ?? 0) + 1)
    expect(applied.updated[0].after.rev).toBe((a.rev ?? 0) + 1)
    const after = await db.plans.get(planId)
    expect(after!.charCount).toBe(9)
    expect(after!.updatedAt).toBeGreaterThanOrEqual(before!.updatedAt)
  })

  it('refuses a stale write to a field changed since, and applies nothing of it', async () => {
    const planId = await seed()
    const a = await node('A')
    const b = await node('B')
    await applyChange(planId, rename(a, '别处改过'))
    // Computed from the old row A, together with a good write to B: all or nothing.
    const stale = {
      ...emptyChange(),
      updated: [...rename(b, '新三').updated, ...rename(a, '旧').updated],
    }
    await expect(applyChange(planId, stale)).rejects.toBeInstanceOf(StaleWriteError)
    expect((await node('A')).title).toBe('别处改过')
    expect((await node('B')).title).toBe('三')
  })

  it('merges a stale write that touches other fields (undoing a move keeps later typing)', async () => {
    const planId = await seed()
    const a = await node('A')
    const moved = await applyChange(planId, {
      ...emptyChange(),
      updated: [{ before: a, after: { ...a, orderKey: 'a2' } }],
    })
    await applyChange(planId, rename(await node('A'), '后来输入的标题'))
    await applyChange(planId, invertChange(moved))
    const stored = await node('A')
    expect(stored.orderKey).toBe('a0')
    expect(stored.title).toBe('后来输入的标题')
  })

  it('changes plan fields with checks, and refuses an empty title', async () => {
    const planId = await seed()
    const applied = await applyChange(planId, {
      ...emptyChange(),
      plan: { before: {}, after: { title: '新的计划标题' } },
    })
    expect(applied.plan).toEqual({ before: { title: '计划' }, after: { title: '新的计划标题' } })
    expect((await db.plans.get(planId))!.charCount).toBe(11)
    await expect(
      applyChange(planId, { ...emptyChange(), plan: { before: {}, after: { title: ' ' } } }),
    ).rejects.toThrow('计划标题不能为空')
    await expect(
      applyChange(planId, {
        ...emptyChange(),
        plan: { before: { title: '计划' }, after: { title: 'x' } },
      }),
    ).rejects.toBeInstanceOf(StaleWriteError)
  })
})
