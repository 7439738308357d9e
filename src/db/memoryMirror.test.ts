import type { DBCore, DBCoreTable } from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import type { OutlineNode, Plan, RichDoc } from '../domain/outline/types'
import { startMemoryMirror } from './databaseHealth'
import { db } from './db'
import { memoryBackupTables, rebuildDatabase } from './memoryBackup'
import {
  memoryHoldsPlans,
  memoryMirrorLoaded,
  memoryMirrorMiddleware,
  memoryRow,
  memoryRows,
  onDatabaseWrite,
  resetMemoryMirror,
  unsavedCount,
  type DatabaseWriteEvent,
} from './memoryMirror'
import { createPlan } from './planRepo'
import { openDb } from './schema'

const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

beforeEach(async () => {
  await db.delete()
  await db.open()
  resetMemoryMirror()
})

async function seed(): Promise<string> {
  return createPlan(
    { title: '计划', unit: '某单位', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: doc('甲的正文') },
        { id: 'B', parentId: null, orderKey: 'a1', title: '乙', body: null },
      ],
    },
  )
}

describe('memoryMirror', () => {
  it('holds every table as read, then follows every committed write', async () => {
    const planId = await seed()
    await startMemoryMirror()
    expect(memoryMirrorLoaded()).toBe(true)
    expect(memoryRow<Plan>('plans', planId)?.title).toBe('计划')
    expect(memoryRows<OutlineNode>('nodes').map((n) => n.id)).toEqual(['A', 'B'])

    await db.nodes.put({ ...(await db.nodes.get('B'))!, title: '乙改' })
    await db.plans.update(planId, { title: '新标题' })
    await db.nodes.delete('A')
    await db.settings.bulkAdd([
      { key: 'x', value: 1 },
      { key: 'y', value: 2 },
    ])
    await db.settings.where('key').equals('x').delete()
    expect(memoryRow<OutlineNode>('nodes', 'B')?.title).toBe('乙改')
    expect(memoryRow<Plan>('plans', planId)?.title).toBe('新标题')
    expect(memoryRow('nodes', 'A')).toBeUndefined()
    expect(memoryRows<{ key: string }>('settings').map((s) => s.key)).toContain('y')
    expect(memoryRow('settings', 'x')).toBeUndefined()
    await db.settings.clear()
    expect(memoryRows('settings')).toEqual([])
  })

  it('a transaction the app aborts changes nothing in memory', async () => {
    await seed()
    await startMemoryMirror()
    await expect(
      db.transaction('rw', db.nodes, async () => {
        await db.nodes.update('B', { title: '不算数' })
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(memoryRow<OutlineNode>('nodes', 'B')?.title).toBe('乙')
    expect(unsavedCount()).toBe(0)
  })

  it('keeps every plan when the database is recreated empty, and writes it all back', async () => {
    const planId = await seed()
    await startMemoryMirror()
    await db.nodes.update('A', { body: doc('刚输入的文字') })
    // As Chromium does after a write failed on a full disk: the database is gone, then new.
    db.close()
    await db.delete()
    await db.open()
    expect(await db.plans.count()).toBe(0)
    expect(memoryHoldsPlans()).toBe(true)

    const tables = memoryBackupTables([{ planId, nodeId: 'B', title: '乙（输入中）' }])
    expect(tables.plans.map((p) => p.id)).toEqual([planId])
    const node = (id: string) => tables.nodes.find((n) => n.id === id)
    expect(JSON.stringify(node('A')?.body)).toContain('刚输入的文字')
    expect(node('B')?.title).toBe('乙（输入中）')

    expect(await rebuildDatabase()).toBe(1)
    expect((await db.plans.get(planId))?.title).toBe('计划')
    expect(await db.nodes.where('planId').equals(planId).count()).toBe(2)
    expect((await db.nodes.get('A'))?.body).toEqual(doc('刚输入的文字'))
  })
})

describe('memoryMirror middleware on a failing store', () => {
  /** A table whose writes storage refuses, as on a full disk. */
  function failingTable(error: DOMException): DBCoreTable {
    return {
      name: 'nodes',
      schema: {
        name: 'nodes',
        primaryKey: { name: '', keyPath: 'id', extractKey: (v: { id: string }) => v.id },
        indexes: [],
        getIndexByKeyPath: () => undefined,
      },
      mutate: () => Promise.reject(error),
    } as unknown as DBCoreTable
  }

  it('keeps a write storage refused, newest over what committed, and reports it', async () => {
    await seed()
    await startMemoryMirror()
    const events: DatabaseWriteEvent[] = []
    onDatabaseWrite((event) => events.push(event))
    const down = { table: () => failingTable(new DOMException('full', 'QuotaExceededError')) }
    const core = memoryMirrorMiddleware.create(down as unknown as DBCore) as DBCore
    const trans = new EventTarget()
    const row = { id: 'B', planId: 'p', parentId: null, orderKey: 'a1', title: '满盘时改的' }
    await expect(
      core.table('nodes').mutate({ type: 'put', trans: trans as never, values: [row] }),
    ).rejects.toThrow('full')
    expect(memoryRow<OutlineNode>('nodes', 'B')?.title).toBe('满盘时改的')
    expect(unsavedCount()).toBe(1)
    onDatabaseWrite(() => undefined)
  })
})

describe('rebuildDatabase', () => {
  it('keeps rows only another window wrote (not in this window’s memory)', async () => {
    const planId = await seed()
    await startMemoryMirror()
    // Another window's connection: its writes do not pass this window's middleware.
    const other = openDb(db.name)
    await other.settings.put({ key: 'fromOtherWindow', value: 1 })
    other.close()
    expect(memoryRow('settings', 'fromOtherWindow')).toBeUndefined()
    expect(await rebuildDatabase()).toBe(1)
    expect(await db.settings.get('fromOtherWindow')).toEqual({ key: 'fromOtherWindow', value: 1 })
    expect((await db.plans.get(planId))?.title).toBe('计划')
  })
})
