import type { HocuspocusProvider as Provider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { bodyOfFragment } from '../domain/document/bodyFragment'
import { rowsFromDocument } from '../domain/document/documentRows'
import { preambleFragment, readPlanFields } from '../domain/document/planDocument'
import { planCharacters } from '../domain/outline/planFields'
import type { Plan } from '../domain/outline/types'
import { parseCollaborationCode, teamRefusalMessage } from '../domain/team/collaborationCode'
import { storedTeamServerValue, type TeamServerSetting } from '../domain/team/teamSettings'
import { db } from './db'
import { isSeeded } from './planDocuments'
import { DOC_UPDATES_TABLE, settingKeys } from './schema'
import { writeTeamCode } from './teamCodes'
import { loadProvider } from './teamConnection'
import { saveTeamServer } from './teamServerSettings'

/** How long a first connection may take before the dialog says the server cannot be reached. */
const JOIN_TIMEOUT = 15_000

/** The server refused, or could not be reached: the message says which, in Chinese. */
export class TeamJoinError extends Error {}

/**
 * The plan's document as the server has it, in a document of its own: nothing is written here
 * until the server has accepted the code and sent the whole plan.
 */
export async function fetchTeamDocument(setting: TeamServerSetting): Promise<Y.Doc> {
  const parsed = parseCollaborationCode(setting.code)
  if (!parsed) throw new TeamJoinError('协作码格式不对')
  const { HocuspocusProvider, HocuspocusProviderWebsocket } = await loadProvider()
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url: setting.url })
  let provider: Provider | null = null
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new TeamJoinError('连接不上服务器：请检查服务器地址，以及服务器是否已启动')),
        JOIN_TIMEOUT,
      )
      provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: parsed.planId,
        token: parsed.token,
        document: doc,
        // A colleague joining shows up only once the plan is open.
        awareness: null,
        onSynced: () => {
          clearTimeout(timer)
          resolve()
        },
        onAuthenticationFailed: ({ reason }) => {
          clearTimeout(timer)
          reject(new TeamJoinError(teamRefusalMessage(reason)))
        },
      })
      provider.attach()
    })
  } catch (error) {
    doc.destroy()
    throw error
  } finally {
    const opened = provider as Provider | null
    setTimeout(() => {
      opened?.destroy()
      socket.destroy()
    })
  }
  return doc
}

/**
 * A colleague's first 连接 with a code for a plan this browser does not have: the plan row and
 * the server's document are written in one transaction, so the plan opens as the server has it
 * and nothing is seeded from an empty row (which would double the server's content). Returns the
 * plan id; a plan already here is only given the connection.
 */
export async function joinTeamPlan(setting: TeamServerSetting): Promise<string> {
  const parsed = parseCollaborationCode(setting.code)
  if (!parsed) throw new TeamJoinError('协作码格式不对')
  const planId = parsed.planId
  const existing = await db.plans.get(planId)
  if (existing?.deletedAt)
    throw new TeamJoinError('这个计划在回收站中：请先在回收站中恢复它，再连接')
  if (existing) {
    await saveTeamServer(planId, setting)
    return planId
  }
  const doc = await fetchTeamDocument(setting)
  try {
    if (!isSeeded(doc))
      throw new TeamJoinError('服务器上这个计划还没有内容：请计划的创建者先打开计划并连接一次')
    const fields = readPlanFields(doc)
    if (fields.id && fields.id !== planId) throw new TeamJoinError('服务器上的计划与协作码不符')
    const now = Date.now()
    const plan: Plan = {
      ...fields,
      id: planId,
      title: fields.title || '团队计划',
      preamble: bodyOfFragment(preambleFragment(doc)),
      createdAt: fields.createdAt || now,
      updatedAt: now,
      charCount: 0,
    }
    plan.charCount = planCharacters(plan, rowsFromDocument(doc))
    const updates = db.table(DOC_UPDATES_TABLE)
    // The code apart from the database (db/teamCodes), before the row that says to connect.
    writeTeamCode(planId, setting.code)
    await db.transaction('rw', [db.plans, db.settings, updates], async () => {
      await db.settings.put({
        key: settingKeys.teamServer(planId),
        value: storedTeamServerValue(setting.url),
      })
      // Another window may have joined meanwhile: its plan stays, the document merges anyway.
      if (await db.plans.get(planId)) return
      await db.plans.add(plan)
      // y-dexie's row for a document update (V2 encoding, as y-dexie stores them).
      await updates.add({ k: planId, u: Y.encodeStateAsUpdateV2(doc), f: 1 })
    })
    return planId
  } finally {
    doc.destroy()
  }
}
