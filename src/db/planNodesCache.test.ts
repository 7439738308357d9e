import { beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyChange } from '../domain/outline/planChange'
import type { OutlineNode } from '../domain/outline/types'
import { db } from './db'
import {
  dropPlanNodesAhead,
  planNodesDrawnAtOnce,
  planNodesNow,
  setPlanNodesReader,
  showPlanNodesAhead,
  subscribePlanNodes,
} from './planNodesCache'
import { createPlan } from './planRepo'
import { applyChange, planTransaction } from './planWriter'

/** Reads of the plan under test (plans of earlier tests are still kept for a while). */
let reads = 0
let counted = ''

beforeEach(async () => {
  await db.delete()
  await db.open()
  reads = 0
  setPlanNodesReader((planId) => {
    if (planId === counted) reads++
    return db.nodes.where('planId').equals(planId).toArray()
  })
})

async function seed() {
  return createPlan(
    { title: '计划', unit: '', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: null },
        { id: 'B', parentId: null, orderKey: 'a1', title: '乙', body: null },
      ],
    },
  )
}

/** Subscribe and wait until the rows satisfy `until`. */
async function watch(planId: string) {
  counted = planId
  const seen = vi.fn()
  const stop = subscribePlanNodes(planId, seen)
  const rows = () => planNodesNow(planId) ?? []
  const until = (check: (rows: OutlineNode[]) => boolean) =>
    vi.waitFor(() => expect(check(rows())).toBe(true), { timeout: 2000 })
  return { seen, stop, rows, until }
}

const titles = (rows: OutlineNode[]) => rows.map((row) => row.title).join('')

describe('the plan rows kept in memory', () => {
  it('reads a plan once, then applies its committed writes without reading again', async () => {
    const planId = await seed()
    const { rows, until, stop } = await watch(planId)
    await until((now) => now.length === 2)
    expect(reads).toBe(1)
    const a = (await db.nodes.get('A'))!
    await applyChange(planId, {
      ...emptyChange(),
      updated: [{ before: a, after: { ...a, title: '丙' } }],
    })
    await until((now) => titles(now) === '丙乙')
    const added: OutlineNode = { ...a, id: 'C', orderKey: 'a2', title: '丁', rev: 0 }
    await applyChange(planId, { ...emptyChange(), added: [added] })
    await until((now) => titles(now) === '丙乙丁')
    const b = (await db.nodes.get('B'))!
    await applyChange(planId, { ...emptyChange(), removed: [b] })
    await until((now) => titles(now) === '丙丁')
    expect(reads).toBe(1)
    // Rows not written keep their identity.
    const c = rows().find((row) => row.id === 'C')
    await db.nodes.update('A', { title: '戊' })
    await until((now) => titles(now) === '戊丁')
    expect(rows().find((row) => row.id === 'C')).toBe(c)
    stop()
  })

  it('changes nothing for a write that was rolled back', async () => {
    const planId = await seed()
    const { until, rows, stop } = await watch(planId)
    await until((now) => now.length === 2)
    await expect(
      planTransaction(async () => {
        await db.nodes.update('A', { title: '错' })
        throw new Error('中止')
      }),
    ).rejects.toThrow('中止')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(titles(rows())).toBe('甲乙')
    stop()
  })

  it('reads again after a clear() and when another window says it wrote', async () => {
    const planId = await seed()
    const { until, stop } = await watch(planId)
    await until((now) => now.length === 2)
    await db.nodes.clear()
    await until((now) => now.length === 0)
    expect(reads).toBe(2)
    // Another window's write: not seen by this connection's middleware, announced on the channel.
    await db.nodes.bulkAdd([
      { id: 'X', planId, parentId: null, orderKey: 'a0', title: '外', body: null, rev: 1 },
    ] as OutlineNode[])
    await until((now) => titles(now) === '外')
    const other = new BroadcastChannel('plandraft-nodes')
    other.postMessage({ planIds: [planId] })
    await vi.waitFor(() => expect(reads).toBe(3))
    other.close()
    stop()
  })

  it('shows rows a write is making at once; their commit changes nothing more; a failed one reads again', async () => {
    const planId = await seed()
    const { rows, until, stop, seen } = await watch(planId)
    await until((now) => now.length === 2)
    const a = rows().find((row) => row.id === 'A')!
    const moved = { ...a, orderKey: 'a2', rev: (a.rev ?? 0) + 1 }
    seen.mockClear()
    showPlanNodesAhead(planId, [moved], [], true)
    expect(rows().find((row) => row.id === 'A')?.orderKey).toBe('a2')
    expect(seen).toHaveBeenCalledTimes(1)
    expect(planNodesDrawnAtOnce(planId)).toBe(true)
    const shown = rows()
    // The commit of the same row: nothing new on screen, not drawn again.
    await db.nodes.put(moved)
    expect(seen).toHaveBeenCalledTimes(1)
    expect(rows()).toBe(shown)
    expect(planNodesDrawnAtOnce(planId)).toBe(true)
    // Another change (typing, another window): drawn at low priority again.
    await db.nodes.update('B', { title: '丙' })
    await until((now) => titles(now) === '甲丙')
    expect(planNodesDrawnAtOnce(planId)).toBe(false)
    // A write shown and then failed: the rows as stored are read again.
    showPlanNodesAhead(planId, [{ ...moved, orderKey: 'a5', rev: (moved.rev ?? 0) + 1 }], ['B'])
    expect(rows().map((row) => row.orderKey)).toEqual(['a5'])
    dropPlanNodesAhead(planId)
    await until((now) => now.map((row) => row.orderKey).join() === 'a2,a1')
    stop()
  })
})
