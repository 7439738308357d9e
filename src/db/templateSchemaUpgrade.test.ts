import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { testTemplate } from '../domain/templates/testTemplate'
import { openDb, schemaV3 } from './schema'

const name = 'plandraft-v4-upgrade-test'
afterEach(() => Dexie.delete(name))

describe('schema version 4 (templates)', () => {
  it('opens a version 3 database with its data intact and an empty templates table', async () => {
    const old = new Dexie(name)
    old.version(3).stores(schemaV3)
    await old.open()
    await old.table('plans').add({ id: 'p', title: '旧计划', updatedAt: 1 })
    await old.table('snapshots').add({ id: 's', planId: 'p', createdAt: 2 })
    await old.table('settings').add({ key: 'builtinPhrasesVersion', value: 1 })
    old.close()

    const db = openDb(name)
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(4)
    expect(await db.plans.get('p')).toEqual({ id: 'p', title: '旧计划', updatedAt: 1 })
    expect(await db.snapshots.count()).toBe(1)
    expect(await db.settings.get('builtinPhrasesVersion')).toEqual({
      key: 'builtinPhrasesVersion',
      value: 1,
    })
    expect(await db.templates.count()).toBe(0)
    db.close()
  })

  it('indexes templates by built-in key (own templates have none)', async () => {
    const db = openDb(name)
    await db.open()
    await db.templates.bulkAdd([
      { ...testTemplate(), id: 'own' },
      { ...testTemplate(), id: 'b1', builtinKey: 'town-union', builtinVersion: 1 },
    ])
    expect(await db.templates.where('builtinKey').equals('town-union').primaryKeys()).toEqual([
      'b1',
    ])
    expect(await db.templates.where('builtinKey').above('').count()).toBe(1)
    db.close()
  })
})
