import { describe, expect, it } from 'vitest'
import {
  cleanTeamName,
  colorForName,
  distinctPeople,
  editingOf,
  peersOf,
  samePeers,
  teamUserOf,
} from './teamPresence'

describe('team presence', () => {
  it('gives a name the same colour everywhere', () => {
    expect(colorForName('张三')).toBe(colorForName('张三'))
    expect(colorForName('张三')).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('cleans a name to one short line', () => {
    expect(cleanTeamName('  王\n 小明  ')).toBe('王 小明')
    expect(Array.from(cleanTeamName('长'.repeat(50)))).toHaveLength(20)
  })

  it('reads only well-formed users from the network', () => {
    expect(teamUserOf(null)).toBeNull()
    expect(teamUserOf({ user: 'x' })).toBeNull()
    expect(teamUserOf({ user: { name: '   ' } })).toBeNull()
    expect(
      teamUserOf({ user: { name: '李四', color: 'red;x', editing: 7, field: 'body' } }),
    ).toEqual({ id: '', name: '李四', color: colorForName('李四'), editing: null, field: null })
    expect(
      teamUserOf({
        user: { id: 'u-1', name: '李四', color: '#123abc', editing: 'n1', field: 'title' },
      }),
    ).toEqual({ id: 'u-1', name: '李四', color: '#123abc', editing: 'n1', field: 'title' })
    expect(teamUserOf({ user: { id: '<b>', name: '李四' } })?.id).toBe('')
  })

  it('lists the others by name, this window left out', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: '我', color: '#000000', editing: null } }],
      [3, { user: { name: '乙', color: '#111111', editing: 'a', field: 'body' } }],
      [2, { user: { name: '甲', color: '#222222', editing: null } }],
      [4, {}],
    ])
    const peers = peersOf(states, 1)
    expect(peers.map((peer) => [peer.clientId, peer.name, peer.editing])).toEqual([
      [2, '甲', null],
      [3, '乙', 'a'],
    ])
    expect(samePeers(peers, peersOf(states, 1))).toBe(true)
    states.set(2, { user: { name: '甲', color: '#222222', editing: 'b', field: 'title' } })
    expect(samePeers(peers, peersOf(states, 1))).toBe(false)
  })

  it('lists a person once however many windows they have, and not this profile’s other windows', () => {
    const states = new Map<number, unknown>([
      [1, { user: { id: 'me', name: '我' } }],
      [2, { user: { id: 'me', name: '我', editing: 'x', field: 'body' } }],
      [3, { user: { id: 'jia', name: '甲' } }],
      [4, { user: { id: 'jia', name: '甲', editing: 'a', field: 'body' } }],
      [5, { user: { id: 'jia', name: '甲', editing: 'a', field: 'title' } }],
      [6, { user: { name: '甲' } }],
    ])
    const windows = peersOf(states, 1, 'me')
    expect(windows.map((peer) => peer.clientId)).toEqual([3, 4, 5, 6])
    // 甲 (profile jia) once, the window editing standing for them; the 甲 with no id is another.
    expect(distinctPeople(windows).map((peer) => peer.clientId)).toEqual([4, 6])
    const editing = editingOf(windows)
    expect([...editing.keys()]).toEqual(['a'])
    expect(editing.get('a')?.map((peer) => peer.clientId)).toEqual([4])
  })
})
