import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { nodeRecord, recordBody } from '../domain/document/planDocument'
import { docFromText } from '../domain/outline/richText'
import { db } from './db'
import { RETRY_REFUSED_MS, setDocumentSaveReporter } from './documentUpdates'
import { acquirePlanDocument, releasePlanDocument, rewriteOpenDocumentRows } from './planDocuments'
import { createPlan } from './planRepo'
import { DOC_UPDATES_TABLE } from './schema'

/** What the status bar is told (store/saveStore keeps the same account). */
const status = { pending: 0, holding: new Set<string>(), error: null as string | null }
/** 已保存: no write in flight, no document holding an update IndexedDB has not taken. */
const saved = () => status.pending === 0 && status.holding.size === 0

beforeEach(async () => {
  status.pending = 0
  status.holding.clear()
  status.error = null
  setDocumentSaveReporter({
    begin: () => void status.pending++,
    succeed: () => void status.pending--,
    fail: () => void status.pending--,
    holding: (key, holding) => {
      if (holding) status.holding.add(key)
      else if (status.holding.delete(key)) status.error = null
    },
    refused: (error) => void (status.error = String(error)),
  })
  await db.delete()
  await db.open()
})

const onePlan = () =>
  createPlan(
    { title: '计划', unit: '某镇总工会', year: 2026 },
    {
      nodes: [{ id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: docFromText('原有') }],
    },
  )

/** The body's one paragraph text, typed into as the live editor does (at the end). */
const paragraphText = (doc: Y.Doc): Y.XmlText => {
  const paragraph = recordBody(nodeRecord(doc, 'A')!).get(0) as Y.XmlElement
  return paragraph.get(0) as Y.XmlText
}
const typeAtEnd = (doc: Y.Doc, text: string) => {
  const run = paragraphText(doc)
  doc.transact(() => run.insert(run.length, text), 'editor')
}

/** Every update IndexedDB holds for the plan, applied to an empty document: what a reload reads. */
async function storedText(planId: string): Promise<string> {
  const rows = (await db.table(DOC_UPDATES_TABLE).where('k').equals(planId).toArray()) as {
    u: Uint8Array
  }[]
  const doc = new Y.Doc()
  for (const { u } of rows) Y.applyUpdateV2(doc, u)
  return paragraphText(doc).toString()
}

describe('the save status of a document’s updates', () => {
  it('says 已保存 once every update is stored', async () => {
    const planId = await onePlan()
    const opened = await acquirePlanDocument(planId)
    await vi.waitFor(() => expect(saved()).toBe(true))
    typeAtEnd(opened.doc, '一句。')
    expect(saved()).toBe(false)
    await opened.rows.flush()
    await vi.waitFor(() => expect(saved()).toBe(true))
    expect(await storedText(planId)).toBe('原有一句。')
    releasePlanDocument(planId)
  })

  it('updates refused while the database is closed are written again by themselves once it opens: 已保存 returns without more typing', async () => {
    const planId = await onePlan()
    const opened = await acquirePlanDocument(planId)
    await opened.rows.flush()
    await vi.waitFor(() => expect(saved()).toBe(true))
    // The browser closes the connection (a full disk): y-dexie's adds cannot even start.
    db.close()
    typeAtEnd(opened.doc, '满盘时输入。')
    await vi.waitFor(() => expect(opened.updates.allStored).toBe(false))
    expect(saved()).toBe(false)
    // Room again; the user has stopped typing.
    await db.open()
    await vi.waitFor(() => expect(opened.updates.allStored).toBe(true), {
      timeout: RETRY_REFUSED_MS * 3,
    })
    expect(status.holding.size).toBe(0)
    expect(status.error).toBeNull()
    expect(await storedText(planId)).toBe('原有满盘时输入。')
    releasePlanDocument(planId)
  })

  it('an update refused twice (y-dexie’s error, then the failed add) and stored later is settled once: the status follows what is held, not a count', async () => {
    const planId = await onePlan()
    const opened = await acquirePlanDocument(planId)
    await opened.rows.flush()
    await vi.waitFor(() => expect(saved()).toBe(true))
    const updates: Uint8Array[] = []
    opened.doc.on('updateV2', (update: Uint8Array) => updates.push(update))
    // Stop y-dexie's own add from settling it first: the reports below are the ones heard.
    db.close()
    typeAtEnd(opened.doc, '第一句。')
    await vi.waitFor(() => expect(opened.updates.allStored).toBe(false))
    const [update] = updates
    opened.updates.refuseHeld(new Error('UnknownError'))
    opened.updates.refuse([update], new Error('UnknownError'))
    opened.updates.refuse([update], new Error('UnknownError'))
    expect(saved()).toBe(false)
    // The add went through after all (queued by Dexie until the database opened again).
    opened.updates.stored([update])
    opened.updates.stored([update])
    expect(opened.updates.allStored).toBe(true)
    // Nothing of the document keeps 正在保存… (the rows, refused meanwhile, are their own count).
    expect(status.holding.size).toBe(0)
    expect(status.error).toBeNull()
    await db.open()
    releasePlanDocument(planId)
  })
})

describe('a document replaced after the database was made anew', () => {
  it('holds everything typed into the old one, even while the new one loads, before anything is typed into it: later text comes after', async () => {
    const planId = await onePlan()
    const opened = await acquirePlanDocument(planId)
    typeAtEnd(opened.doc, '满盘前。')
    await opened.rows.flush()
    // y-dexie destroys a document whose plan row vanished (the browser recreated the database);
    // the live editor is still bound to it and the user goes on typing.
    const old = opened.doc
    old.destroy()
    typeAtEnd(old, '满盘时。')
    const rewriting = rewriteOpenDocumentRows()
    // Typed while the new document loads, before the editor has bound itself to it.
    await Promise.resolve()
    typeAtEnd(old, '仍在输入。')
    await rewriting
    typeAtEnd(old, '重新绑定前。')
    const fresh = await acquirePlanDocument(planId)
    expect(fresh.doc).not.toBe(old)
    expect(paragraphText(fresh.doc).toString()).toBe('原有满盘前。满盘时。仍在输入。重新绑定前。')
    // The editor bound to the new one types at the end: after all of it.
    typeAtEnd(fresh.doc, '有空间了。')
    await fresh.rows.flush()
    const expected = '原有满盘前。满盘时。仍在输入。重新绑定前。有空间了。'
    expect(paragraphText(fresh.doc).toString()).toBe(expected)
    await vi.waitFor(async () => expect(await storedText(planId)).toBe(expected))
    releasePlanDocument(planId)
    releasePlanDocument(planId)
  })
})
