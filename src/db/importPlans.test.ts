import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportedOutline } from '../domain/import/types'
import { db } from './db'
import { createImportedPlans } from './importPlans'
import { loadPlan } from './planRepo'

const outline: ImportedOutline = {
  preamble: [[{ text: '总体思路' }]],
  items: [
    {
      title: '第一章',
      body: [],
      children: [{ title: '第一条', body: [[{ text: '正文', marks: ['bold'] }]], children: [] }],
    },
  ],
}

describe('createImportedPlans', () => {
  beforeEach(async () => {
    await db.plans.clear()
    await db.nodes.clear()
  })

  it('writes every plan with its nodes, preamble and character count', async () => {
    const ids = await createImportedPlans([
      { fields: { title: '计划一', unit: '某镇总工会', year: 2025 }, outline },
      { fields: { title: ' 计划二 ', unit: '', year: 2026 }, outline: { preamble: [], items: [] } },
    ])
    expect(ids).toHaveLength(2)
    const first = await loadPlan(ids[0])
    expect(first?.plan).toMatchObject({ title: '计划一', unit: '某镇总工会', year: 2025 })
    expect(first?.plan.charCount).toBe(3 + 4 + 3 + 3 + 2)
    expect(first?.nodes.map((node) => node.title).sort()).toEqual(['第一条', '第一章'])
    const second = await loadPlan(ids[1])
    expect(second?.plan.title).toBe('计划二')
    expect(second?.plan.preamble).toBeNull()
    expect(second?.nodes).toEqual([])
  })

  it('writes nothing when one plan is invalid', async () => {
    await expect(
      createImportedPlans([
        { fields: { title: '计划一', unit: '', year: 2025 }, outline },
        { fields: { title: '  ', unit: '', year: 2025 }, outline },
      ]),
    ).rejects.toThrow('第 2 篇：计划标题不能为空')
    expect(await db.plans.count()).toBe(0)
    expect(await db.nodes.count()).toBe(0)
  })
})
