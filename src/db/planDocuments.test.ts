import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { rowsFromDocument } from '../domain/document/documentRows'
import { NODE_KEY, nodeRecord, preambleFragment } from '../domain/document/planDocument'
import { emptyChange } from '../domain/outline/planChange'
import { docFromText, docText } from '../domain/outline/richText'
import { db } from './db'
import { planNodesNow, subscribePlanNodes } from './planNodesCache'
import {
  acquirePlanDocument,
  closeAllPlanDocuments,
  releasePlanDocument,
  seedDocument,
  withPlanDocument,
  writeDocumentChange,
} from './planDocuments'
import { createPlan } from './planRepo'
import { DOC_UPDATES_TABLE } from './schema'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const onePlan = () =>
  createPlan(
    { title: '计划', unit: '某镇总工会', year: 2026 },
    {
      preamble: docFromText('指导思想'),
      nodes: [{ id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: docFromText('正文') }],
    },
  )

describe('a plan’s document, kept by y-dexie', () => {
  it('is made from the plan’s rows at first open, stored, and the rows follow every change', async () => {
    const planId = await onePlan()
    expect(await db.table(DOC_UPDATES_TABLE).count()).toBe(0)
    const node = (await db.nodes.get('A'))!
    await writeDocumentChange(
      planId,
      {
        ...emptyChange(),
        plan: { before: { title: '计划' }, after: { title: '新计划' } },
        updated: [{ before: node, after: { ...node, title: '新甲', body: docFromText('新正文') } }],
      },
      { label: '修改' },
    )
    expect((await db.nodes.get('A'))?.title).toBe('新甲')
    expect(docText((await db.nodes.get('A'))?.body)).toBe('新正文')
    const plan = await db.plans.get(planId)
    expect(plan?.title).toBe('新计划')
    expect(plan?.charCount).toBe('新计划指导思想新甲新正文'.length)
    // Stored: a fresh load of the document (another window) holds the change.
    expect(await db.table(DOC_UPDATES_TABLE).count()).toBeGreaterThan(0)
    const updates = (await db.table(DOC_UPDATES_TABLE).toArray()) as { u: Uint8Array }[]
    const fresh = new Y.Doc()
    for (const { u } of updates) Y.applyUpdateV2(fresh, u)
    expect(rowsFromDocument(fresh).map((row) => row.title)).toEqual(['新甲'])
  })

  it('two windows making the first content from the same rows never double it', async () => {
    const planId = await onePlan()
    const plan = (await db.plans.get(planId))!
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    const [one, two] = [new Y.Doc(), new Y.Doc()]
    seedDocument(one, plan, nodes)
    seedDocument(two, plan, nodes)
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    for (const doc of [one, two]) {
      expect(preambleFragment(doc).length).toBe(1)
      expect(rowsFromDocument(doc).map((row) => docText(row.body))).toEqual(['正文'])
    }
  })

  it('a second open reads the stored document, not the rows', async () => {
    const planId = await onePlan()
    await withPlanDocument(planId, () => undefined)
    // Rows changed behind the document (an older build, a tool): the document is the home.
    await db.nodes.update('A', { title: '别处改的' })
    const title = await withPlanDocument(planId, ({ doc }) => rowsFromDocument(doc)[0].title)
    expect(title).toBe('甲')
  })

  it('seeded from its rows, writes none of them back, at this open or the next; an edit writes one', async () => {
    const planId = await onePlan()
    const before = (await db.nodes.get('A'))!
    await withPlanDocument(planId, () => undefined)
    expect(((await db.plans.get(planId)) as { rowsVector?: string }).rowsVector).toBeTruthy()
    await closeAllPlanDocuments()
    await withPlanDocument(planId, () => undefined)
    expect((await db.nodes.get('A'))!.rev).toBe(before.rev)
    // The rows are read when the writer first writes: the row keeps its count of revisions.
    await writeDocumentChange(
      planId,
      { ...emptyChange(), updated: [{ before, after: { ...before, title: '新甲' } }] },
      { label: '修改' },
    )
    const after = (await db.nodes.get('A'))!
    expect(after.title).toBe('新甲')
    expect(after.rev).toBe((before.rev ?? 0) + 1)
    expect(docText(after.body)).toBe('正文')
  })

  it('shows a move’s rows on screen before they are stored, then stores them', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '', year: 2026 },
      {
        nodes: [
          { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: null },
          { id: 'B', parentId: null, orderKey: 'a1', title: '乙', body: null },
        ],
      },
    )
    const stop = subscribePlanNodes(planId, () => undefined)
    const opened = await acquirePlanDocument(planId)
    await opened.rows.flush()
    await vi.waitFor(() => expect(planNodesNow(planId)?.length).toBe(2))
    opened.doc.transact(() => nodeRecord(opened.doc, 'A')?.set(NODE_KEY.orderKey, 'a2'))
    let stored = false
    const storing = opened.rows.flush().then(() => (stored = true))
    const shownNow = await opened.rows.flushShown()
    expect(shownNow).toBe(true)
    expect(stored).toBe(false)
    expect(planNodesNow(planId)?.find((row) => row.id === 'A')?.orderKey).toBe('a2')
    await storing
    expect((await db.nodes.get('A'))?.orderKey).toBe('a2')
    releasePlanDocument(planId)
    stop()
  })
})
