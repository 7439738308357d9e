import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  COMPACTION_EVERY_MS,
  FIRST_COMPACTION_MS,
  scheduleDocumentCompaction,
} from './documentCompaction'

describe('the compaction of document updates, off the page', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs 10 s after start, then 5 minutes after each run ends, until stopped', async () => {
    let finish: () => void = () => undefined
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const stop = scheduleDocumentCompaction(run)
    await vi.advanceTimersByTimeAsync(FIRST_COMPACTION_MS - 1)
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(1)
    // A long run: the next waits for its end.
    await vi.advanceTimersByTimeAsync(COMPACTION_EVERY_MS * 2)
    expect(run).toHaveBeenCalledTimes(1)
    finish()
    await vi.advanceTimersByTimeAsync(COMPACTION_EVERY_MS)
    expect(run).toHaveBeenCalledTimes(2)
    stop()
    finish()
    await vi.advanceTimersByTimeAsync(COMPACTION_EVERY_MS * 3)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('never runs on the page: the database is opened without y-dexie’s own compaction', async () => {
    vi.useRealTimers()
    const timers = vi.spyOn(globalThis, 'setTimeout')
    const { openDb } = await import('./schema')
    const db = openDb(`no-gc-${Math.random()}`)
    await db.open()
    // y-dexie's own compaction sets a 10 s timer when the database is ready: none is set.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(timers.mock.calls.filter(([, delay]) => delay === 10_000)).toEqual([])
    timers.mockRestore()
    db.close()
  })
})
