import type { Awareness } from 'y-protocols/awareness'
import { LIMITS } from '../limits/limits'

/** What each window tells the others about its user (Yjs awareness field `user`). */
export interface TeamUser {
  /**
   * The browser profile (db/teamUserId): the same in each of its windows, so a person with two
   * windows open is listed once. Empty when a peer sent none (then its window is the person).
   */
  id: string
  name: string
  color: string
  /** The item being edited ('preamble' for the preamble), or null. */
  editing: string | null
  field: 'title' | 'body' | null
}

/** Someone else on the plan: one window of a colleague (or of this user on another machine). */
export interface TeamPeer extends TeamUser {
  clientId: number
}

/**
 * What a live body editor needs to show the others' carets: the connection's awareness (the
 * editor gives it to y-tiptap's cursor plugin) and this profile's id, whose other windows are
 * left out as they are in the presence list.
 */
export interface TeamCaretSource {
  awareness: Awareness
  userId: string
}

/** A peer's person: its profile id, or its window when it sent none. */
const personOf = (peer: TeamPeer) => peer.id || `client-${peer.clientId}`

/** Colours readable on white with white text on them (markers carry the name). */
const COLORS = ['#c0392b', '#1f6fb2', '#2e7d32', '#8e44ad', '#b35c00', '#00796b', '#ad1457']

/** A colour for a name, the same on every machine. */
export function colorForName(name: string): string {
  let hash = 0
  for (let index = 0; index < name.length; index++)
    hash = (Math.imul(hash, 31) + name.charCodeAt(index)) >>> 0
  return COLORS[hash % COLORS.length]
}

/** A name as shown: trimmed, one line, at most LIMITS.teamNameLength characters. */
export function cleanTeamName(name: string): string {
  return Array.from(name.replace(/\s+/g, ' ').trim()).slice(0, LIMITS.teamNameLength).join('')
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** One awareness state from the network, checked: null when it carries no usable user. */
export function teamUserOf(state: unknown): TeamUser | null {
  if (!isRecord(state) || !isRecord(state.user)) return null
  const user = state.user
  const name = typeof user.name === 'string' ? cleanTeamName(user.name) : ''
  if (!name) return null
  const color =
    typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color)
      ? user.color
      : colorForName(name)
  const editing =
    typeof user.editing === 'string' && user.editing.length <= 200 ? user.editing : null
  const field = editing && (user.field === 'title' || user.field === 'body') ? user.field : null
  const id = typeof user.id === 'string' && /^[\w-]{1,100}$/.test(user.id) ? user.id : ''
  return { id, name, color, editing, field }
}

/**
 * The other windows on the plan, by name, from the awareness states: this window left out, and
 * the other windows of this browser profile (`selfUserId`: they are this user, not a colleague).
 */
export function peersOf(
  states: ReadonlyMap<number, unknown>,
  selfId: number,
  selfUserId = '',
): TeamPeer[] {
  const peers: TeamPeer[] = []
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue
    const user = teamUserOf(state)
    if (!user || (selfUserId && user.id === selfUserId)) continue
    peers.push({ clientId, ...user })
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.clientId - b.clientId)
}

/**
 * Each person once (a colleague with two windows open is one person): the window that edits
 * something stands for the person, else the first.
 */
export function distinctPeople(peers: readonly TeamPeer[]): TeamPeer[] {
  const people = new Map<string, TeamPeer>()
  for (const peer of peers) {
    const person = personOf(peer)
    const known = people.get(person)
    if (!known || (!known.editing && peer.editing)) people.set(person, peer)
  }
  return peers.filter((peer) => people.get(personOf(peer)) === peer)
}

/** The people editing each item (one tag per person, however many windows they edit it in). */
export function editingOf(peers: readonly TeamPeer[]): Map<string, TeamPeer[]> {
  const editing = new Map<string, TeamPeer[]>()
  for (const peer of peers) {
    if (!peer.editing) continue
    const list = editing.get(peer.editing)
    if (!list) editing.set(peer.editing, [peer])
    else if (!list.some((other) => personOf(other) === personOf(peer))) list.push(peer)
  }
  return editing
}

/** The same list of peers (so a view need not render again when nothing it shows changed). */
export function samePeers(a: readonly TeamPeer[], b: readonly TeamPeer[]): boolean {
  return (
    a.length === b.length &&
    a.every((peer, index) => {
      const other = b[index]
      return (
        peer.clientId === other.clientId &&
        peer.id === other.id &&
        peer.name === other.name &&
        peer.color === other.color &&
        peer.editing === other.editing &&
        peer.field === other.field
      )
    })
  )
}
