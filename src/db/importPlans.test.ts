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

describe('createImportedPlans at the limits', () => {
  beforeEach(async () => {
    await db.plans.clear()
    await db.nodes.clear()
  })

  const chapters = (count: number): ImportedOutline => ({
    preamble: [],
    items: Array.from({ length: count }, (_, index) => ({
      title: `第${index + 1}章`,
      body: [],
      children: [],
    })),
  })

  it('refuses a plan over the item limit before writing anything', async () => {
    await expect(
      createImportedPlans([
        { fields: { title: '计划', unit: '', year: 2026 }, outline: chapters(20_001) },
      ]),
    ).rejects.toThrow('一个计划的条目超过 20,000 条，无法导入。未做任何更改。')
    expect(await db.plans.count()).toBe(0)
  })

  it('writes in batches with progress; a cancel between batches leaves nothing', async () => {
    const progress: number[] = []
    await createImportedPlans(
      [{ fields: { title: '计划', unit: '', year: 2026 }, outline: chapters(1_200) }],
      { onProgress: (share) => progress.push(share) },
    )
    expect(progress).toEqual([500 / 1200, 1000 / 1200, 1])
    await db.plans.clear()
    await db.nodes.clear()

    const controller = new AbortController()
    await expect(
      createImportedPlans(
        [{ fields: { title: '计划', unit: '', year: 2026 }, outline: chapters(1_200) }],
        { onProgress: () => controller.abort(), signal: controller.signal },
      ),
    ).rejects.toThrow('导入已取消，未做任何更改。')
    expect(await db.plans.count()).toBe(0)
    expect(await db.nodes.count()).toBe(0)
  })
})
