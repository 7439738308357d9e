import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { diskTakesWrites } from '../db/diskTakesWrites'
import { LIMITS } from '../domain/limits/limits'
import {
  applyDatabaseEvent,
  healthLevel,
  holdsInMemory,
  isLowStorage,
  useStorageHealth,
} from './storageHealthStore'

vi.mock('../db/diskTakesWrites', () => ({ diskTakesWrites: vi.fn() }))

const MB = 1024 * 1024

beforeEach(() =>
  useStorageHealth.setState({
    low: null,
    failing: null,
    stalled: false,
    lost: false,
    damaged: false,
    rebuilding: false,
    stuck: false,
  }),
)
afterEach(() => {
  vi.useRealTimers()
})

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

describe('a database refused though the disk has room again (Chromium after a full disk)', () => {
  const openFailed = () =>
    applyDatabaseEvent({ kind: 'openFailed', error: { name: 'UnknownError' } })
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  /** Past the 5 s between two looks at the disk. */
  const later = () => vi.setSystemTime(Date.now() + 60_000)

  it('is stuck after three refusals when a file can be written; a commit clears it', async () => {
    later()
    vi.mocked(diskTakesWrites).mockResolvedValue(true)
    applyDatabaseEvent({ kind: 'committed' })
    openFailed()
    openFailed()
    await settle()
    expect(useStorageHealth.getState().stuck).toBe(false)
    openFailed()
    await vi.waitFor(() => expect(useStorageHealth.getState().stuck).toBe(true))
    expect(healthLevel(useStorageHealth.getState())).toBe('full')
    applyDatabaseEvent({ kind: 'committed' })
    expect(useStorageHealth.getState().stuck).toBe(false)
  })

  it('a disk still full is the plain full case, not stuck', async () => {
    later()
    vi.mocked(diskTakesWrites).mockResolvedValue(false)
    applyDatabaseEvent({ kind: 'committed' })
    for (let i = 0; i < 4; i++) openFailed()
    await settle()
    await settle()
    expect(vi.mocked(diskTakesWrites)).toHaveBeenCalled()
    expect(useStorageHealth.getState().stuck).toBe(false)
  })

  it('refusals of what was written (a ConstraintError) never count', async () => {
    later()
    vi.mocked(diskTakesWrites).mockClear()
    vi.mocked(diskTakesWrites).mockResolvedValue(true)
    applyDatabaseEvent({ kind: 'committed' })
    for (let i = 0; i < 4; i++)
      applyDatabaseEvent({ kind: 'failed', error: new DOMException('dup', 'ConstraintError') })
    await settle()
    expect(vi.mocked(diskTakesWrites)).not.toHaveBeenCalled()
    expect(useStorageHealth.getState().stuck).toBe(false)
  })
})
