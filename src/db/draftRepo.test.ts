import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { docFromText, docText } from '../domain/outline/richText'
import { db } from './db'
import { commitPlanDrafts, saveDraft } from './draftRepo'
import { foldDrafts, planTransaction } from './planWriter'
import { createPlan, loadPlan } from './planRepo'
import { openDb, schemaV1 } from './schema'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

async function seed() {
  return createPlan(
    { title: '计划', unit: '', year: 2026 },
    { nodes: [{ id: 'n1', parentId: null, orderKey: 'a0', title: '一', body: null }] },
  )
}

describe('drafts of the body being typed', () => {
  it('are read back by loadPlan before they are committed, then folded into the node', async () => {
    const planId = await seed()
    await saveDraft(planId, 'n1', docFromText('正在输入的正文'))
    // The node row is untouched, so live queries on the plan do not re-run on each keystroke.
    expect((await db.nodes.get('n1'))!.body).toBeNull()
    expect(docText((await loadPlan(planId))!.nodes[0].body)).toBe('正在输入的正文')
    await planTransaction(() => foldDrafts(planId, ['n1']))
    expect(docText((await db.nodes.get('n1'))!.body)).toBe('正在输入的正文')
    expect(await db.drafts.count()).toBe(0)
    expect((await loadPlan(planId))!.plan.charCount).toBe(2 + 1 + 7)
  })

  it('refuses a draft for a node that no longer exists', async () => {
    const planId = await seed()
    await db.nodes.delete('n1')
    await expect(saveDraft(planId, 'n1', docFromText('x'))).rejects.toThrow('条目已被删除')
    expect(await db.drafts.count()).toBe(0)
  })

  it('folds in what a crashed session left when the plan is opened', async () => {
    const planId = await seed()
    await saveDraft(planId, 'n1', docFromText('崩溃前的文字'))
    await commitPlanDrafts(planId)
    expect(docText((await db.nodes.get('n1'))!.body)).toBe('崩溃前的文字')
  })
})

describe('schema versions', () => {
  it('opens a version 1 database with its data intact and adds the drafts table', async () => {
    const name = 'plandraft-v1-upgrade-test'
    await Dexie.delete(name)
    const old = new Dexie(name)
    old.version(1).stores(schemaV1)
    await old.open()
    await old.table('plans').add({ id: 'p', title: '旧计划' })
    await old
      .table('nodes')
      .add({ id: 'n', planId: 'p', parentId: null, orderKey: 'a0', title: '旧条目', body: null })
    old.close()

    const upgraded = openDb(name)
    await upgraded.open()
    expect(upgraded.verno).toBeGreaterThanOrEqual(4)
    expect((await upgraded.plans.get('p'))!.title).toBe('旧计划')
    expect((await upgraded.nodes.get('n'))!.title).toBe('旧条目')
    expect(await upgraded.drafts.count()).toBe(0)
    upgraded.close()
    await Dexie.delete(name)
  })
})
