import { describe, expect, it } from 'vitest'
import { cleanTeamName, colorForName, peersOf, samePeers, teamUserOf } from './teamPresence'

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
    ).toEqual({ name: '李四', color: colorForName('李四'), editing: null, field: null })
    expect(
      teamUserOf({ user: { name: '李四', color: '#123abc', editing: 'n1', field: 'title' } }),
    ).toEqual({ name: '李四', color: '#123abc', editing: 'n1', field: 'title' })
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
})
