import { beforeEach, describe, expect, it } from 'vitest'
import { buildExportBlocks, blockText } from '../domain/export/exportModel'
import { DEFAULT_EXPORT_OPTIONS } from '../domain/export/exportOptions'
import { seedPlanOne } from '../domain/export/fixtures/seedPlanOne'
import { serializePlan } from '../domain/export/planJson'
import { db } from './db'
import { importPlanJson } from './planImport'
import { loadPlan } from './planRepo'

const fileOf = (text: string) => new File([text], 'plan.json', { type: 'application/json' })

describe('importPlanJson', () => {
  beforeEach(async () => {
    await db.plans.clear()
    await db.nodes.clear()
  })

  it('creates a new plan with fresh ids that prints exactly like the exported one', async () => {
    const { plan, nodes } = seedPlanOne()
    const result = await importPlanJson(fileOf(serializePlan(plan, nodes)))
    if (!('planId' in result)) throw new Error(result.error)
    expect(result.planId).not.toBe(plan.id)
    const loaded = await loadPlan(result.planId)
    expect(loaded).toBeDefined()
    expect(loaded!.nodes).toHaveLength(nodes.length)
    expect(loaded!.nodes.some((node) => nodes.some((original) => original.id === node.id))).toBe(
      false,
    )
    expect(loaded!.plan.charCount).toBeGreaterThan(1000)
    const print = (p: typeof plan, n: typeof nodes) =>
      buildExportBlocks(p, n, DEFAULT_EXPORT_OPTIONS).map(blockText)
    expect(print(loaded!.plan, loaded!.nodes)).toEqual(print(plan, nodes))
  })

  it('imports the same file twice as two plans', async () => {
    const { plan, nodes } = seedPlanOne()
    const text = serializePlan(plan, nodes)
    await importPlanJson(fileOf(text))
    await importPlanJson(fileOf(text))
    expect(await db.plans.count()).toBe(2)
    expect(await db.nodes.count()).toBe(nodes.length * 2)
  })

  it('returns the Chinese error and writes nothing for a bad file', async () => {
    expect(await importPlanJson(fileOf('{"format":"other"}'))).toEqual({
      error: '这不是“计划起草”导出的计划文件（JSON 备份）',
    })
    expect(await db.plans.count()).toBe(0)
  })
})
