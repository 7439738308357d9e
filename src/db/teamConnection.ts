import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { parseCollaborationCode, teamRefusalMessage } from '../domain/team/collaborationCode'
import {
  colorForName,
  distinctPeople,
  editingOf,
  peersOf,
  samePeers,
  type TeamPeer,
  type TeamUser,
} from '../domain/team/teamPresence'
import type { TeamServerSetting, TeamStatus } from '../domain/team/teamSettings'
import { teamUserId } from './teamUserId'

/** What the plan screen shows of a plan's team connection. */
export interface TeamState {
  status: TeamStatus
  /** The others on the plan, each person once (colleagues, or this user on another machine). */
  peers: readonly TeamPeer[]
  /** Peers by the item they edit. */
  editing: ReadonlyMap<string, readonly TeamPeer[]>
  /**
   * Where the live body editor reads the others' carets and tells its own (y-tiptap's cursor
   * plugin); null until the provider is loaded, and after the connection ends.
   */
  awareness: Awareness | null
  /** This profile's id in the awareness (its other windows are not shown as others). */
  userId: string
}

type Listener = () => void
/** Whether the browser says it has a network (always, where there is no navigator: tests). */
const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false
const hasWindow = typeof window !== 'undefined'
const listeners = new Set<Listener>()
const connections = new Map<string, TeamConnection>()

/** Reconnecting waits at most this long between tries (the provider doubles from 1 s). */
const MAX_RETRY_DELAY = 10_000

const EMPTY_EDITING: ReadonlyMap<string, readonly TeamPeer[]> = new Map()
const NOBODY: readonly TeamPeer[] = []

/** The provider's code, loaded the first time a plan connects (the initial JS stays as it is). */
export const loadProvider = () => import('@hocuspocus/provider')

/**
 * One plan's connection to the team server: a Hocuspocus provider on the plan's own document
 * (the one y-dexie keeps), so edits made offline merge when it connects again, by Yjs alone.
 */
class TeamConnection {
  state: TeamState
  /** Every other window on the plan (a person may have several). */
  private windows: readonly TeamPeer[] = NOBODY
  private socket: HocuspocusProviderWebsocket | null = null
  private provider: HocuspocusProvider | null = null
  private stopped = false
  private readonly onOffline = () => {
    this.socket?.disconnect()
    this.setStatus({ kind: 'offline' })
  }
  private readonly onOnline = () => {
    if (this.socket && this.state.status.kind !== 'refused') {
      this.setStatus({ kind: 'connecting' })
      void this.socket.connect()
    }
  }

  constructor(
    readonly planId: string,
    readonly doc: Y.Doc,
    readonly setting: TeamServerSetting,
    private user: TeamUser,
  ) {
    this.state = {
      status: isOnline() ? { kind: 'connecting' } : { kind: 'offline' },
      peers: NOBODY,
      editing: EMPTY_EDITING,
      awareness: null,
      userId: user.id,
    }
  }

  async start(): Promise<void> {
    const { HocuspocusProvider, HocuspocusProviderWebsocket } = await loadProvider()
    if (this.stopped) return
    const token = parseCollaborationCode(this.setting.code)?.token ?? this.setting.code
    const socket = new HocuspocusProviderWebsocket({
      url: this.setting.url,
      maxDelay: MAX_RETRY_DELAY,
      autoConnect: isOnline(),
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.planId,
      token,
      document: this.doc,
      onStatus: ({ status }) => {
        if (this.state.status.kind === 'refused') return
        // Connected is said once the documents are in step (onSynced), not when the socket opens.
        if (status === 'disconnected') this.setStatus({ kind: 'offline' })
        else if (status === 'connecting') this.setStatus({ kind: 'connecting' })
      },
      onSynced: () => {
        if (this.state.status.kind !== 'refused') this.setStatus({ kind: 'connected' })
      },
      onAuthenticationFailed: ({ reason }) => this.refuse(reason),
      onAwarenessChange: () => this.readPeers(),
    })
    this.socket = socket
    this.provider = provider
    provider.awareness?.setLocalStateField('user', this.user)
    this.update({ ...this.state, awareness: provider.awareness })
    provider.attach()
    if (hasWindow) {
      window.addEventListener('offline', this.onOffline)
      window.addEventListener('online', this.onOnline)
    }
  }

  /** The server said no: nothing more is tried (the server sent nothing of the document). */
  private refuse(reason: string | undefined): void {
    this.setStatus({ kind: 'refused', message: teamRefusalMessage(reason) })
    this.close()
  }

  setUser(user: TeamUser): void {
    this.user = user
    this.provider?.awareness?.setLocalStateField('user', user)
  }

  get name(): string {
    return this.user.name
  }

  setName(name: string): void {
    if (this.user.name !== name) this.setUser({ ...this.user, name, color: colorForName(name) })
  }

  /** What this window is editing, told to the others. */
  setEditing(editing: string | null, field: TeamUser['field']): void {
    if (this.user.editing === editing && this.user.field === field) return
    this.setUser({ ...this.user, editing, field: editing ? field : null })
  }

  private readPeers(): void {
    const awareness = this.provider?.awareness
    if (!awareness) return
    const windows = peersOf(awareness.getStates(), awareness.clientID, this.user.id)
    if (samePeers(windows, this.windows)) return
    this.windows = windows
    const editing = editingOf(windows)
    this.update({
      ...this.state,
      peers: distinctPeople(windows),
      editing: editing.size ? editing : EMPTY_EDITING,
    })
  }

  private setStatus(status: TeamStatus): void {
    const now = this.state.status
    if (now.kind === status.kind && (now.kind !== 'refused' || now === status)) return
    const left = status.kind !== 'connected'
    // Offline, the others are not known to be here any more.
    if (left) this.windows = NOBODY
    this.update({
      ...this.state,
      status,
      ...(left && { peers: NOBODY, editing: EMPTY_EDITING }),
    })
  }

  private update(state: TeamState): void {
    this.state = state
    if (connections.get(this.planId) === this) notify()
  }

  private close(): void {
    if (hasWindow) {
      window.removeEventListener('offline', this.onOffline)
      window.removeEventListener('online', this.onOnline)
    }
    const provider = this.provider
    const socket = this.socket
    this.provider = null
    this.socket = null
    if (this.state.awareness) this.update({ ...this.state, awareness: null })
    // Never inside the provider's own event: it is still handling the message.
    setTimeout(() => {
      provider?.destroy()
      socket?.destroy()
    })
  }

  stop(): void {
    this.stopped = true
    this.close()
  }
}

function notify(): void {
  for (const listener of listeners) listener()
}

/** Start (or restart with new settings) the plan's team connection on its open document. */
export function connectTeam(
  planId: string,
  doc: Y.Doc,
  setting: TeamServerSetting,
  name: string,
): void {
  const running = connections.get(planId)
  if (
    running &&
    running.doc === doc &&
    running.setting.url === setting.url &&
    running.setting.code === setting.code
  ) {
    running.setName(name)
    return
  }
  running?.stop()
  const connection = new TeamConnection(planId, doc, setting, {
    id: teamUserId(),
    name,
    color: colorForName(name),
    editing: null,
    field: null,
  })
  connections.set(planId, connection)
  notify()
  connection.start().catch((error: unknown) => {
    if (connections.get(planId) !== connection) return
    connection.state = {
      ...connection.state,
      status: { kind: 'refused', message: `无法载入协作功能：${String(error)}` },
    }
    notify()
  })
}

/** Try again with the same settings (after a refusal, 连接 pressed again). */
export function restartTeam(planId: string): void {
  const running = connections.get(planId)
  if (!running) return
  connections.delete(planId)
  running.stop()
  connectTeam(planId, running.doc, running.setting, running.name)
}

/** End the plan's team connection (the plan screen closed, or 断开). */
export function disconnectTeam(planId: string): void {
  const running = connections.get(planId)
  if (!running) return
  connections.delete(planId)
  running.stop()
  notify()
}

/** What this window is editing in the plan, told to the others (when connected). */
export function setTeamEditing(
  planId: string,
  editing: string | null,
  field: TeamUser['field'],
): void {
  connections.get(planId)?.setEditing(editing, field)
}

/** The plan's connection state, or undefined when it is not connected to a team server. */
export function teamState(planId: string): TeamState | undefined {
  return connections.get(planId)?.state
}

export function subscribeTeam(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
