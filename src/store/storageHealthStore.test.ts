import { beforeEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../domain/limits/limits'
import {
  applyDatabaseEvent,
  healthLevel,
  holdsInMemory,
  isLowStorage,
  useStorageHealth,
} from './storageHealthStore'

const MB = 1024 * 1024

beforeEach(() =>
  useStorageHealth.setState({
    low: null,
    failing: null,
    stalled: false,
    lost: false,
    damaged: false,
    rebuilding: false,
  }),
)

describe('isLowStorage', () => {
  it('warns well before the disk is full: under the free-space limit or 90 % used', () => {
    expect(isLowStorage({ usage: 10 * MB, quota: 10_000 * MB })).toBe(false)
    expect(isLowStorage({ usage: 0, quota: LIMITS.storageWarnFreeBytes - 1 })).toBe(true)
    expect(isLowStorage({ usage: 9_000 * MB, quota: 9_990 * MB })).toBe(true)
    expect(isLowStorage({ usage: 900 * MB, quota: 1_000 * MB })).toBe(true)
    expect(isLowStorage({})).toBe(false)
  })
})

describe('applyDatabaseEvent', () => {
  const level = () => healthLevel(useStorageHealth.getState())

  it('a refused write says full until a write commits again', () => {
    applyDatabaseEvent({
      kind: 'failed',
      error: new DOMException('disk full', 'QuotaExceededError'),
    })
    expect(level()).toBe('full')
    expect(useStorageHealth.getState().failing).toBe('QuotaExceededError')
    expect(useStorageHealth.getState().damaged).toBe(true)
    applyDatabaseEvent({ kind: 'committed' })
    expect(level()).toBe('ok')
  })

  it('a write that hangs, a closed database and a failed reopen all count as full', () => {
    applyDatabaseEvent({ kind: 'stalled' })
    expect(level()).toBe('full')
    useStorageHealth.setState({ stalled: false })
    applyDatabaseEvent({ kind: 'closed' })
    expect(useStorageHealth.getState().failing).toBe('DatabaseClosedError')
    applyDatabaseEvent({
      kind: 'openFailed',
      error: { name: 'DatabaseClosedError', inner: { name: 'UnknownError' } },
    })
    expect(useStorageHealth.getState().failing).toBe('UnknownError')
  })

  it('a database recreated empty is lost until written back; the plan is held in memory', () => {
    applyDatabaseEvent({ kind: 'reopened', recreated: false })
    expect(level()).toBe('ok')
    applyDatabaseEvent({ kind: 'reopened', recreated: true })
    expect(level()).toBe('lost')
    expect(holdsInMemory(useStorageHealth.getState())).toBe(true)
    // Writes into the new, empty database do not make it whole.
    applyDatabaseEvent({ kind: 'committed' })
    expect(level()).toBe('lost')
  })

  it('space running low is the mildest level', () => {
    useStorageHealth.setState({ low: { usage: 1, quota: 2 } })
    expect(level()).toBe('low')
    applyDatabaseEvent({ kind: 'stalled' })
    expect(level()).toBe('full')
  })
})
