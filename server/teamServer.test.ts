import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addNode, renameNode } from '../src/domain/document/documentOperations'
import { documentFromRows, rowsFromDocument } from '../src/domain/document/documentRows'
import { PlanUndo } from '../src/domain/document/planUndo'
import { drawDocument, testPlan } from '../src/domain/document/testDocument'
import { parseCollaborationCode, teamRefusalMessage } from '../src/domain/team/collaborationCode'
import { treeFromSketch } from '../src/domain/outline/testTree'
import {
  createPlanToken,
  REFUSAL,
  revokePlanToken,
  startTeamServer,
  type TeamServer,
} from './teamServer.mjs'

/*
 * The team server as the app meets it: a real server on a free port of 127.0.0.1 with its SQLite
 * file in a temporary folder, and real Hocuspocus providers over WebSocket (the `ws` package:
 * Node 20 has no WebSocket of its own).
 */
let dataDir: string
let server: TeamServer
const providers: { destroy(): void }[] = []

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'team-server-'))
  server = await startTeamServer({ port: 0, dataDir, debounce: 50 })
})

afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy()
})

afterAll(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

interface Client {
  doc: Y.Doc
  socket: HocuspocusProviderWebsocket
  provider: HocuspocusProvider
  refused: string | null
  synced: boolean
}

function connect(code: string, doc = new Y.Doc(), url = server.url): Client {
  const parsed = parseCollaborationCode(code)
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
  const client: Client = { doc, socket, refused: null, synced: false } as Client
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: parsed?.planId ?? code.split('.')[0],
    token: parsed?.token ?? code,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      client.refused = reason
    },
    onSynced: () => {
      client.synced = true
    },
  })
  client.provider.attach()
  providers.push(client.provider, socket)
  return client
}

async function until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const SKETCH = `
一、加强思想政治引领
  学习宣传
二、维护职工权益`

function ownersDocument(planId: string): Y.Doc {
  const { nodes } = treeFromSketch(SKETCH)
  return documentFromRows(
    testPlan(planId),
    nodes.map((node) => ({ ...node, planId })),
  )
}

describe('team server', () => {
  it('a right 协作码 syncs the plan to a colleague', async () => {
    const code = createPlanToken(dataDir, 'plan-a')
    const owner = connect(code, ownersDocument('plan-a'))
    await until(() => owner.synced, 'the owner to sync')
    const colleague = connect(code)
    await until(() => colleague.synced, 'the colleague to sync')
    await until(() => drawDocument(colleague.doc) === drawDocument(owner.doc), 'the plan')
    expect(drawDocument(colleague.doc)).toBe(SKETCH.trim())
  })

  it('a wrong 协作码 is refused with its reason and reads nothing', async () => {
    const code = createPlanToken(dataDir, 'plan-b')
    const owner = connect(code, ownersDocument('plan-b'))
    await until(() => owner.synced, 'the owner to sync')
    owner.provider.destroy()
    const stranger = connect('plan-b.not-the-secret')
    await until(() => stranger.refused !== null, 'the refusal')
    expect(stranger.refused).toBe(REFUSAL.wrongToken)
    expect(teamRefusalMessage(stranger.refused!)).toMatch(/协作码不正确/)
    expect(stranger.synced).toBe(false)
    expect(stranger.doc.share.size).toBe(0)
    expect(Y.encodeStateVector(stranger.doc)).toEqual(Y.encodeStateVector(new Y.Doc()))
  })

  it('a plan without a 协作码 is refused as unknown, before any document is loaded', async () => {
    const stranger = connect('plan-nobody-made.abcdef')
    await until(() => stranger.refused !== null, 'the refusal')
    expect(stranger.refused).toBe(REFUSAL.unknownPlan)
    expect(server.isLoaded('plan-nobody-made')).toBe(false)
    // A code made for another plan does not open this one either.
    const other = createPlanToken(dataDir, 'plan-c')
    const wrongPlan = connect(other.replace('plan-c', 'plan-a'))
    await until(() => wrongPlan.refused !== null, 'the refusal')
    expect(wrongPlan.refused).toBe(REFUSAL.wrongToken)
  })

  it('a revoked 协作码 no longer connects', async () => {
    const code = createPlanToken(dataDir, 'plan-d')
    expect(revokePlanToken(dataDir, 'plan-d')).toBe(true)
    const client = connect(code)
    await until(() => client.refused !== null, 'the refusal')
    expect(client.refused).toBe(REFUSAL.unknownPlan)
  })

  it('two colleagues editing at once end with the same plan, and see who is where', async () => {
    const code = createPlanToken(dataDir, 'plan-e')
    const first = connect(code, ownersDocument('plan-e'))
    await until(() => first.synced, 'the first to sync')
    const second = connect(code)
    await until(() => drawDocument(second.doc) === SKETCH.trim(), 'the second to have the plan')
    const [chapterOne] = rowsFromDocument(second.doc, new Set())
    renameNode(new PlanUndo(first.doc), chapterOne.id, '一、全面加强思想政治引领')
    addNode(new PlanUndo(second.doc), { atEnd: true }, 'new-chapter', '三、加强自身建设')
    await until(
      () =>
        drawDocument(first.doc) === drawDocument(second.doc) &&
        drawDocument(first.doc).includes('三、'),
      'the edits to merge',
    )
    expect(drawDocument(first.doc)).toBe(
      '一、全面加强思想政治引领\n  学习宣传\n二、维护职工权益\n三、加强自身建设',
    )
    first.provider.setAwarenessField('user', { name: '张三', editing: chapterOne.id })
    await until(
      () =>
        [...(second.provider.awareness?.getStates().values() ?? [])].some(
          (state) => state.user?.name === '张三',
        ),
      'the awareness',
    )
    const states = [...second.provider.awareness!.getStates().values()]
    expect(states.find((state) => state.user?.name === '张三')?.user.editing).toBe(chapterOne.id)
  })

  it('edits made offline merge on reconnect, and the plan outlives a server restart', async () => {
    const code = createPlanToken(dataDir, 'plan-f')
    const owner = connect(code, ownersDocument('plan-f'))
    await until(() => owner.synced, 'the owner to sync')
    const colleague = connect(code)
    await until(() => drawDocument(colleague.doc) === SKETCH.trim(), 'the colleague')
    // The colleague goes offline, both edit, the colleague comes back.
    colleague.socket.disconnect()
    await until(() => colleague.socket.status === 'disconnected', 'the colleague to be offline')
    addNode(new PlanUndo(colleague.doc), { atEnd: true }, 'offline', '三、离线时添加')
    addNode(new PlanUndo(owner.doc), { atStart: true }, 'online', '〇、在线时添加')
    await colleague.socket.connect()
    await until(
      () =>
        drawDocument(owner.doc).includes('离线') && drawDocument(colleague.doc).includes('在线'),
      'the merge on reconnect',
    )
    const merged = drawDocument(owner.doc)
    expect(drawDocument(colleague.doc)).toBe(merged)
    for (const provider of providers.splice(0)) provider.destroy()

    await server.stop()
    server = await startTeamServer({ port: 0, dataDir, debounce: 50 })
    const later = connect(code)
    await until(() => later.synced, 'the sync after the restart')
    expect(drawDocument(later.doc)).toBe(merged)
  }, 20_000)
})
