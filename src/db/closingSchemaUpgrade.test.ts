import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, schemaV4 } from './schema'

const name = 'plandraft-v5-upgrade-test'
afterEach(() => Dexie.delete(name))

const oldPlan = {
  id: 'p',
  title: '某某镇总工会2025年工作计划',
  unit: '某某镇总工会',
  year: 2025,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: null,
  createdAt: 1,
  updatedAt: 1,
  charCount: 14,
}

describe('schema version 5 (主送, 附件说明, 落款, 成文日期 on the plan row)', () => {
  it('opens a version 4 database: plans read as before, without a closing', async () => {
    const old = new Dexie(name)
    old.version(4).stores(schemaV4)
    await old.open()
    await old.table('plans').bulkAdd([
      oldPlan,
      // What an older build might have left: empty values, which the upgrade removes.
      { ...oldPlan, id: 'q', recipient: '', attachments: [], signature: '', issuedOn: '' },
    ])
    await old.table('nodes').add({ id: 'n', planId: 'p', parentId: null, orderKey: 'a0' })
    old.close()

    const db = openDb(name)
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(5)
    expect(await db.plans.get('p')).toEqual(oldPlan)
    expect(await db.plans.get('q')).toEqual({ ...oldPlan, id: 'q' })
    expect(await db.nodes.count()).toBe(1)
    await db.plans.update('p', { recipient: '各村工会', issuedOn: '2025-12-30' })
    expect(await db.plans.get('p')).toMatchObject({ recipient: '各村工会', issuedOn: '2025-12-30' })
    db.close()
  })
})
