import { beforeEach, describe, expect, it } from 'vitest'
import { buildExportBlocks, blockText } from '../domain/export/exportModel'
import { DEFAULT_EXPORT_OPTIONS } from '../domain/export/exportOptions'
import { seedPlanOne } from '../domain/export/fixtures/seedPlanOne'
import { buildPlan } from '../domain/export/fixtures/planBuilder'
import { serializePlan } from '../domain/export/planJson'
import { isValidOrderKey } from '../domain/outline/orderKeys'
import { buildTree } from '../domain/outline/tree'
import { insertNode, positionAfter } from '../domain/outline/treeOps'
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
    if (!('planId' in result)) throw new Error(JSON.stringify(result))
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

  it('asks for the title after reading the file: a new one is stored, null writes nothing', async () => {
    const { plan, nodes } = seedPlanOne()
    const text = serializePlan(plan, nodes)
    const asked: string[] = []
    expect(
      await importPlanJson(fileOf(text), async (title) => {
        asked.push(title)
        return null
      }),
    ).toEqual({ cancelled: true })
    expect(await db.plans.count()).toBe(0)
    expect(await db.nodes.count()).toBe(0)

    const result = await importPlanJson(fileOf(text), async (title) => `${title}（2）`)
    if (!('planId' in result)) throw new Error(JSON.stringify(result))
    expect(asked).toEqual([plan.title])
    expect((await db.plans.get(result.planId))?.title).toBe(`${plan.title}（2）`)
  })

  it('returns the Chinese error and writes nothing for a bad file', async () => {
    expect(await importPlanJson(fileOf('{"format":"other"}'))).toEqual({
      error: '这不是“计划起草”导出的计划文件（JSON 备份）',
    })
    expect(await db.plans.count()).toBe(0)
  })

  it('regenerates order keys fractional-indexing refuses (a000010), keeping the order', async () => {
    const titles = Array.from({ length: 12 }, (_, index) => `第${index + 1}章`)
    const { plan, nodes } = buildPlan({
      outline: titles.map((title) => ({ title, children: [{ title: `${title}之一` }] })),
    })
    // Keys as the old e2e fixture (or a hand-edited file) wrote them: a000001 … a000012.
    const counters = new Map<string | null, number>()
    const trapped = nodes.map((node) => {
      const count = (counters.get(node.parentId) ?? 0) + 1
      counters.set(node.parentId, count)
      return { ...node, orderKey: `a${String(count).padStart(6, '0')}` }
    })
    expect(trapped.filter((node) => !isValidOrderKey(node.orderKey))).toHaveLength(1)

    const result = await importPlanJson(fileOf(serializePlan(plan, trapped)))
    if (!('planId' in result)) throw new Error(JSON.stringify(result))
    const stored = await db.nodes.where('planId').equals(result.planId).toArray()
    expect(stored.every((node) => isValidOrderKey(node.orderKey))).toBe(true)
    const tree = buildTree(stored)
    const chapters = tree.childrenOf.get(null)!
    expect(chapters.map((node) => node.title)).toEqual(titles)

    // Inserting next to the chapter that had a000010 (before and after it) works.
    const tenth = chapters[9]
    for (const position of [{ parentId: null, index: 9 }, positionAfter(tree, tenth.id)!]) {
      const node = { id: crypto.randomUUID(), planId: result.planId, title: '新', body: null }
      expect(insertNode(tree, node, position).ok).toBe(true)
    }
  })
})
