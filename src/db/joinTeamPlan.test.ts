import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPlanToken, startTeamServer, type TeamServer } from '../../server/teamServer.mjs'
import { renameNode } from '../domain/document/documentOperations'
import { documentFromRows, rowsFromDocument } from '../domain/document/documentRows'
import { preambleFragment } from '../domain/document/planDocument'
import { PlanUndo } from '../domain/document/planUndo'
import { docFromText, docText } from '../domain/outline/richText'
import type { Plan } from '../domain/outline/types'
import { db } from './db'
import { joinTeamPlan, TeamJoinError } from './joinTeamPlan'
import { acquirePlanDocument, releasePlanDocument, withPlanDocument } from './planDocuments'
import { DOC_UPDATES_TABLE, settingKeys } from './schema'
import { readTeamCode } from './teamCodes'
import { connectTeam, disconnectTeam, teamState } from './teamConnection'

/*
 * A colleague's browser (this test's fake IndexedDB) joining a plan through a real team server;
 * the owner is a Hocuspocus provider on a document of its own, as another machine would be.
 * Node 20 has no WebSocket: the browser's is given by the `ws` package.
 */
let dataDir: string
let server: TeamServer
const cleanups: (() => void)[] = []
const globals = globalThis as { WebSocket?: unknown }
const hadWebSocket = globals.WebSocket

beforeAll(async () => {
  globals.WebSocket = WebSocket
  dataDir = mkdtempSync(join(tmpdir(), 'team-join-'))
  server = await startTeamServer({ port: 0, dataDir, debounce: 50 })
})

afterAll(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
  globals.WebSocket = hadWebSocket
})

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

async function until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const ownersPlan = (id: string): Plan => ({
  id,
  title: '团队的计划',
  unit: '某镇总工会',
  year: 2026,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: docFromText('指导思想'),
  createdAt: 1,
  updatedAt: 1,
  charCount: 0,
})

/** The owner's machine: its document of the plan, connected to the server. */
async function owner(planId: string, code: string): Promise<Y.Doc> {
  const doc = documentFromRows(ownersPlan(planId), [
    { id: 'A', planId, parentId: null, orderKey: 'a0', title: '第一章', body: docFromText('甲文') },
  ])
  const socket = new HocuspocusProviderWebsocket({ url: server.url })
  let synced = false
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: planId,
    token: code,
    document: doc,
    onSynced: () => (synced = true),
  })
  provider.attach()
  cleanups.push(() => {
    provider.destroy()
    socket.destroy()
  })
  await until(() => synced && !provider.hasUnsyncedChanges, 'the owner to sync')
  return doc
}

describe('joining a colleague’s plan', () => {
  it('writes the server’s plan as it is: nothing seeded from an empty row, nothing doubled', async () => {
    const code = createPlanToken(dataDir, 'plan-join')
    await owner('plan-join', code)
    const planId = await joinTeamPlan({ url: server.url, code })
    expect(planId).toBe('plan-join')
    const row = await db.plans.get(planId)
    expect(row?.title).toBe('团队的计划')
    expect(row?.charCount).toBeGreaterThan(0)
    expect(await db.settings.get(settingKeys.teamServer(planId))).toEqual({
      key: settingKeys.teamServer(planId),
      value: { url: server.url },
    })
    // The code is kept apart from the database (and so from every backup).
    expect(readTeamCode(planId)).toBe(code)
    await withPlanDocument(planId, ({ doc }) => {
      expect(preambleFragment(doc).toString()).toBe('<paragraph>指导思想</paragraph>')
      expect(rowsFromDocument(doc).map((node) => [node.title, docText(node.body)])).toEqual([
        ['第一章', '甲文'],
      ])
    })
    // The rows follow the document once it is open.
    expect((await db.nodes.where('planId').equals(planId).toArray()).map((n) => n.title)).toEqual([
      '第一章',
    ])
  })

  it('a wrong code is refused with its message and writes nothing', async () => {
    const code = createPlanToken(dataDir, 'plan-wrong')
    await owner('plan-wrong', code)
    const refusal = joinTeamPlan({ url: server.url, code: 'plan-wrong.notthesecret' })
    await expect(refusal).rejects.toBeInstanceOf(TeamJoinError)
    await expect(refusal).rejects.toThrow(/协作码不正确/)
    expect(await db.plans.count()).toBe(0)
    expect(await db.table(DOC_UPDATES_TABLE).count()).toBe(0)
    expect(await db.settings.get(settingKeys.teamServer('plan-wrong'))).toBeUndefined()
  })

  it('a plan nobody has sent to the server yet is not made here', async () => {
    const code = createPlanToken(dataDir, 'plan-empty')
    await expect(joinTeamPlan({ url: server.url, code })).rejects.toThrow(/还没有内容/)
    expect(await db.plans.count()).toBe(0)
  })
})

describe('a plan’s team connection', () => {
  it('brings a colleague’s edit into the open document and its rows, and sends ours', async () => {
    const code = createPlanToken(dataDir, 'plan-live')
    const theirs = await owner('plan-live', code)
    const planId = await joinTeamPlan({ url: server.url, code })
    const opened = await acquirePlanDocument(planId)
    cleanups.push(() => releasePlanDocument(planId))
    connectTeam(planId, opened.doc, { url: server.url, code }, '乙')
    cleanups.push(() => disconnectTeam(planId))
    await until(() => teamState(planId)?.status.kind === 'connected', 'the connection')
    renameNode(new PlanUndo(theirs), 'A', '第一章（改）')
    await until(
      () => rowsFromDocument(opened.doc)[0]?.title === '第一章（改）',
      'the colleague’s rename',
    )
    await opened.rows.flush()
    expect((await db.nodes.get('A'))?.title).toBe('第一章（改）')
    // And the other way: an edit here reaches the owner's machine.
    renameNode(opened.undo, 'A', '第一章（再改）')
    await until(() => rowsFromDocument(theirs)[0]?.title === '第一章（再改）', 'our rename')
    // Each machine sees the other in the awareness list (the owner's provider sets no user).
    expect(teamState(planId)?.peers).toEqual([])
  })
})
