import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const writeLocalCopy = vi.fn()
vi.mock('../db/localCopy', () => ({
  writeLocalCopy: (signal?: AbortSignal) => writeLocalCopy(signal),
}))
const writeMemoryLocalCopy = vi.fn()
vi.mock('../db/memoryLocalCopy', () => ({ writeMemoryLocalCopy: () => writeMemoryLocalCopy() }))
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

describe('the copy from memory while the database is stuck', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000_000 })
    writeLocalCopy.mockReset()
    writeMemoryLocalCopy.mockReset()
    writeMemoryLocalCopy.mockImplementation(() =>
      Promise.resolve({ ok: true, record: { ...record, at: Date.now(), fromMemory: true } }),
    )
  })
  afterEach(() => vi.useRealTimers())

  /** A fresh schedule with storage stuck (copies from memory due, none from the database). */
  async function stuckSchedule(due = () => true) {
    vi.resetModules()
    const module = await import('./localCopySchedule')
    const copied = vi.fn()
    module.setLocalCopyGate(() => false)
    module.setMemoryCopyGate(due, copied)
    return { ...module, copied }
  }

  it('copies a few seconds after the first change and again after later ones, never per key', async () => {
    const { noteMemoryChange, copied } = await stuckSchedule()
    // Typing for 4 s, a key every 100 ms.
    for (let key = 0; key < 40; key++) {
      noteMemoryChange()
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(3_000)
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(2)
    // Nothing typed since: no more copies.
    await vi.advanceTimersByTimeAsync(60_000)
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(2)
    expect(copied).toHaveBeenCalledTimes(2)
  })

  it('copies nothing from memory while it is not due', async () => {
    const { noteMemoryChange } = await stuckSchedule(() => false)
    noteMemoryChange()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(writeMemoryLocalCopy).not.toHaveBeenCalled()
  })

  it('after a copy the disk refused, tries again in 10 s, then as usual', async () => {
    const { noteMemoryChange } = await stuckSchedule()
    writeMemoryLocalCopy.mockResolvedValueOnce({ ok: false, error: '磁盘已满' })
    noteMemoryChange()
    await vi.advanceTimersByTimeAsync(3_100)
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(9_000)
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_100)
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(2)
  })

  it('stops a copy from the database still in flight (a stuck database may never answer it)', async () => {
    const { startLocalCopies, setLocalCopyGate, noteMemoryChange } = await stuckSchedule()
    let stopped = false
    writeLocalCopy.mockImplementation(
      (signal?: AbortSignal) =>
        new Promise((resolve) =>
          signal?.addEventListener('abort', () => {
            stopped = true
            resolve({ ok: false, error: '已停止' })
          }),
        ),
    )
    setLocalCopyGate(() => true)
    startLocalCopies(0)
    await vi.advanceTimersByTimeAsync(31_000)
    expect(writeLocalCopy).toHaveBeenCalledTimes(1)
    setLocalCopyGate(() => false)
    noteMemoryChange()
    await vi.advanceTimersByTimeAsync(3_100)
    expect(stopped).toBe(true)
    await vi.advanceTimersByTimeAsync(3_100)
    expect(writeMemoryLocalCopy).toHaveBeenCalledTimes(1)
  })
})
