import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { PeerCaretsSource } from './peerCarets'

describe('the awareness a live editor’s carets follow', () => {
  it('without a connection shows and tells nothing', () => {
    const source = new PeerCaretsSource(null)
    expect(source.getStates().size).toBe(0)
    expect(source.getLocalState()).toBeNull()
    source.setLocalStateField('cursor', { anchor: 1 })
    expect(source.getLocalState()).toBeNull()
  })

  it('follows the connection, and takes its own caret away when it stops following', () => {
    const awareness = new Awareness(new Y.Doc())
    const source = new PeerCaretsSource(null)
    let changes = 0
    source.on('change', () => changes++)
    source.follow({ awareness, userId: 'me' })
    expect(changes).toBe(1)
    expect(source.userId).toBe('me')
    const caret = { anchor: 1, head: 1 }
    source.setLocalStateField('cursor', caret)
    expect(awareness.getLocalState()?.cursor).toBe(caret)
    const told = changes
    awareness.setLocalStateField('user', { name: '甲' })
    expect(changes).toBe(told + 1)
    source.follow(null)
    expect(awareness.getLocalState()?.cursor).toBeNull()
    expect(source.getStates().size).toBe(0)
    const stopped = changes
    awareness.setLocalStateField('user', { name: '乙' })
    expect(changes).toBe(stopped)
  })

  it('leaves alone a caret another editor of the window told since', () => {
    const awareness = new Awareness(new Y.Doc())
    const closing = new PeerCaretsSource({ awareness, userId: 'me' })
    const opening = new PeerCaretsSource({ awareness, userId: 'me' })
    closing.setLocalStateField('cursor', { anchor: 1, head: 1 })
    const next = { anchor: 5, head: 5 }
    opening.setLocalStateField('cursor', next)
    closing.follow(null)
    expect(awareness.getLocalState()?.cursor).toBe(next)
  })
})
