import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { Plan } from '../domain/outline/types'
import { openDb, schemaV1, schemaV2 } from './schema'

const name = 'plandraft-upgrade-test'
afterEach(() => Dexie.delete(name))

const plan: Plan = {
  id: 'p',
  title: '旧计划',
  unit: '某某镇总工会',
  year: 2026,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: null,
  createdAt: 1,
  updatedAt: 2,
  charCount: 7,
}
const node = { id: 'n', planId: 'p', parentId: null, orderKey: 'a0', title: '旧条目', body: null }

/** A database left by an older app: the given version's schema and rows. */
async function oldDatabase(version: number, stores: Record<string, string>, drafts = false) {
  const old = new Dexie(name)
  old.version(version).stores(stores)
  await old.open()
  await old.table('plans').add(plan)
  await old.table('nodes').add(node)
  await old.table('settings').add({ key: 'phrasePanelOpen', value: false })
  if (drafts) await old.table('drafts').add({ nodeId: 'n', planId: 'p', body: null, savedAt: 3 })
  old.close()
}

async function expectUpgraded() {
  const db = openDb(name)
  await db.open()
  expect(db.verno).toBeGreaterThanOrEqual(4)
  expect(await db.plans.get('p')).toEqual(plan)
  expect(await db.nodes.get('n')).toEqual(node)
  expect(await db.settings.get('phrasePanelOpen')).toEqual({ key: 'phrasePanelOpen', value: false })
  // Every plan of an older version is in the library, none in the trash; no history yet.
  expect(await db.plans.where('deletedAt').above(0).count()).toBe(0)
  expect(await db.snapshots.count()).toBe(0)
  return db
}

describe('schema version 3 (version history, trash)', () => {
  it('opens a version 1 database with its data intact', async () => {
    await oldDatabase(1, schemaV1)
    const db = await expectUpgraded()
    db.close()
  })

  it('opens a version 2 database with its data intact; an empty draft leaves the item as it was', async () => {
    await oldDatabase(2, schemaV2, true)
    const db = await expectUpgraded()
    // Version 7 folds drafts into their items and drops the table (documentSchemaUpgrade.test).
    expect(db.tables.map((table) => table.name)).not.toContain('drafts')
    db.close()
  })

  it('indexes snapshots by plan and time, and trashed plans by deletion time', async () => {
    const db = openDb(name)
    await db.open()
    await db.plans.bulkAdd([plan, { ...plan, id: 'gone', deletedAt: 50 }])
    await db.snapshots.bulkAdd(
      [30, 10, 20].map((createdAt) => ({
        id: `s${createdAt}`,
        planId: 'p',
        createdAt,
        label: '',
        kind: 'auto' as const,
        plan,
        nodes: [],
        charCount: 0,
      })),
    )
    const times = await db.snapshots
      .where('[planId+createdAt]')
      .between(['p', Dexie.minKey], ['p', Dexie.maxKey])
      .keys()
    expect(times).toEqual([
      ['p', 10],
      ['p', 20],
      ['p', 30],
    ])
    expect(await db.plans.where('deletedAt').above(0).primaryKeys()).toEqual(['gone'])
    db.close()
  })
})
