import { beforeEach, describe, expect, it } from 'vitest'
import { docFromText } from '../domain/outline/richText'
import { db } from './db'
import { createPlan, loadPlan } from './planRepo'
import { applyChange } from './planWriter'
import { takeSnapshot } from './snapshotRepo'
import {
  listTrashedPlans,
  purgeExpiredTrash,
  purgeTrashedPlan,
  restoreTrashedPlan,
  trashPlan,
} from './trashRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const DAY = 24 * 60 * 60 * 1000

const seed = (title = '计划') =>
  createPlan(
    { title, unit: '', year: 2026 },
    {
      nodes: [
        {
          id: `${title}-n`,
          parentId: null,
          orderKey: 'a0',
          title: '一',
          body: docFromText('正文'),
        },
      ],
    },
  )

describe('the trash', () => {
  it('keeps a deleted plan intact and brings it back', async () => {
    const planId = await seed()
    const before = await loadPlan(planId)
    await trashPlan(planId)
    expect((await listTrashedPlans()).map((plan) => plan.id)).toEqual([planId])
    // Read-only while in the trash.
    await expect(
      applyChange(planId, {
        added: [],
        updated: [],
        removed: [],
        plan: { before: {}, after: { title: 'x' } },
      }),
    ).rejects.toThrow('回收站')
    await restoreTrashedPlan(planId)
    expect(await listTrashedPlans()).toEqual([])
    expect(await loadPlan(planId)).toEqual(before)
  })

  it('deletes for ever only from the trash, with nodes and history', async () => {
    const planId = await seed()
    await takeSnapshot(planId, 'manual', '初稿')
    await expect(purgeTrashedPlan(planId)).rejects.toThrow('回收站')
    await trashPlan(planId)
    await purgeTrashedPlan(planId)
    expect(await db.plans.count()).toBe(0)
    expect(await db.nodes.count()).toBe(0)
    expect(await db.snapshots.count()).toBe(0)
  })

  it('purges plans in the trash for more than 30 days', async () => {
    const now = Date.now()
    const old = await seed('旧')
    const recent = await seed('新')
    const kept = await seed('留')
    await trashPlan(old, now - 31 * DAY)
    await trashPlan(recent, now - 29 * DAY)
    expect(await purgeExpiredTrash(now)).toBe(1)
    expect((await db.plans.toCollection().primaryKeys()).sort()).toEqual([recent, kept].sort())
    expect(await db.nodes.where('planId').equals(old).count()).toBe(0)
  })
})
