import { beforeEach, describe, expect, it } from 'vitest'
import { NODE_KEY, nodeRecord, nodesMap } from '../domain/document/planDocument'
import { docFromText } from '../domain/outline/richText'
import { db } from './db'
import {
  acquirePlanDocument,
  closeAllPlanDocuments,
  releasePlanDocument,
  withPlanDocument,
} from './planDocuments'
import { createPlan } from './planRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const DAY = 24 * 60 * 60 * 1000

describe('opening a plan purges tombstones older than the trash keeps plans', () => {
  it('the record of an item deleted 31 days ago is gone; one deleted yesterday stays', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '某镇总工会', year: 2026 },
      {
        nodes: [
          { id: 'old', parentId: null, orderKey: 'a0', title: '早已删除', body: docFromText('旧') },
          { id: 'new', parentId: null, orderKey: 'a1', title: '昨天删除', body: null },
          { id: 'live', parentId: null, orderKey: 'a2', title: '保留', body: null },
        ],
      },
    )
    await withPlanDocument(planId, ({ doc }) =>
      doc.transact(() => {
        nodeRecord(doc, 'old')!.set(NODE_KEY.deletedAt, Date.now() - 31 * DAY)
        nodeRecord(doc, 'new')!.set(NODE_KEY.deletedAt, Date.now() - DAY)
      }),
    )
    await closeAllPlanDocuments()
    // Opened again (as from the stored updates, in a new page): the purge runs at open.
    const opened = await acquirePlanDocument(planId)
    expect([...nodesMap(opened.doc).keys()].sort()).toEqual(['live', 'new'])
    releasePlanDocument(planId)
    await closeAllPlanDocuments()
    // Stored: a later open reads the purge from the database.
    const again = await acquirePlanDocument(planId)
    expect([...nodesMap(again.doc).keys()].sort()).toEqual(['live', 'new'])
    releasePlanDocument(planId)
    expect((await db.nodes.where('planId').equals(planId).toArray()).map((row) => row.id)).toEqual([
      'live',
    ])
  })
})
