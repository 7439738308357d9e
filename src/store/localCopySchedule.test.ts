import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const writeLocalCopy = vi.fn()
vi.mock('../db/localCopy', () => ({ writeLocalCopy: () => writeLocalCopy() }))
vi.mock('../db/storeRecord', () => ({
  recordStore: () => Promise.resolve(),
  writeLocalRecord: () => undefined,
}))

const record = { at: 0, databaseId: 'db', plans: 1, nodes: 1 }

/** A fresh schedule (its state is the module's), storage sound. */
async function schedule() {
  vi.resetModules()
  const module = await import('./localCopySchedule')
  module.setLocalCopyGate(() => true)
  return module
}

describe('localCopySchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000_000 })
    writeLocalCopy.mockReset()
    writeLocalCopy.mockImplementation(() =>
      Promise.resolve({ ok: true, record: { ...record, at: Date.now() } }),
    )
  })
  afterEach(() => vi.useRealTimers())

  it('does not load the copy worker while a plan opens: the start copy waits 30 s', async () => {
    const { startLocalCopies } = await schedule()
    startLocalCopies(0)
    await vi.advanceTimersByTimeAsync(29_000)
    expect(writeLocalCopy).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(2_000)
    expect(writeLocalCopy).toHaveBeenCalledTimes(1)
  })

  it('without any copy, copies 2 s after the last change', async () => {
    const { startLocalCopies, noteCommitted } = await schedule()
    startLocalCopies(0)
    await vi.advanceTimersByTimeAsync(1_000)
    noteCommitted()
    await vi.advanceTimersByTimeAsync(1_500)
    noteCommitted()
    await vi.advanceTimersByTimeAsync(1_500)
    expect(writeLocalCopy).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(600)
    expect(writeLocalCopy).toHaveBeenCalledTimes(1)
  })

  it('with a recent copy, a change is copied 5 minutes after it, not sooner', async () => {
    const { startLocalCopies, noteCommitted } = await schedule()
    startLocalCopies(Date.now() - 60_000)
    noteCommitted()
    await vi.advanceTimersByTimeAsync(3 * 60_000)
    expect(writeLocalCopy).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(60_000 + 100)
    expect(writeLocalCopy).toHaveBeenCalledTimes(1)
  })

  it('once storage failed, copies 2 s after every change', async () => {
    const { startLocalCopies, noteCommitted, markStorageSuspect } = await schedule()
    startLocalCopies(Date.now() - 60_000)
    markStorageSuspect()
    noteCommitted()
    await vi.advanceTimersByTimeAsync(2_100)
    expect(writeLocalCopy).toHaveBeenCalledTimes(1)
  })

  it('waits for an idle period when the browser has one', async () => {
    const idle: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    try {
      const { startLocalCopies, noteCommitted } = await schedule()
      startLocalCopies(0)
      noteCommitted()
      await vi.advanceTimersByTimeAsync(2_100)
      expect(writeLocalCopy).not.toHaveBeenCalled()
      idle.forEach((callback) => callback())
      expect(writeLocalCopy).toHaveBeenCalledTimes(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
