import { beforeEach, describe, expect, it } from 'vitest'
import { renameItem } from '../commands/outline/renameItem'
import { runPlanCommand } from '../commands/runPlanCommand'
import { docFromText } from '../domain/outline/richText'
import { db } from './db'
import { createPlan } from './planRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('a plan document', () => {
  it('a rename through the runner reaches the rows', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '', year: 2026 },
      { nodes: [{ id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: docFromText('正文') }] },
    )
    const result = await runPlanCommand(renameItem, planId, { id: 'A', title: '新甲' })
    expect(result).toMatchObject({ ok: true })
    expect((await db.nodes.get('A'))?.title).toBe('新甲')
  })
})
