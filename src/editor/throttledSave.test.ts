import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createThrottledSave } from './throttledSave'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

it('saves the first change at once, then the latest at most every interval, and on flush', async () => {
  const saved: string[] = []
  const saver = createThrottledSave(async (value: string) => void saved.push(value), 250)
  saver.push('a')
  await vi.advanceTimersByTimeAsync(0)
  expect(saved).toEqual(['a'])
  saver.push('ab')
  saver.push('abc')
  await vi.advanceTimersByTimeAsync(100)
  expect(saved).toEqual(['a'])
  await vi.advanceTimersByTimeAsync(150)
  expect(saved).toEqual(['a', 'abc'])
  saver.push('abcd')
  expect(saver.dirty).toBe(true)
  await saver.flush()
  expect(saver.dirty).toBe(false)
  expect(saved).toEqual(['a', 'abc', 'abcd'])
  await vi.advanceTimersByTimeAsync(1000)
  expect(saved).toHaveLength(3)
})

it('reports the value unsaved from push until a save holding it resolved, not after a failure', async () => {
  const { isAllSaved, useSaveStore } = await import('../store/saveStore')
  const saved = () => isAllSaved(useSaveStore.getState())
  let fail = true
  const saver = createThrottledSave(async () => {
    if (fail) throw new Error('磁盘已满')
  }, 250)
  saver.push('a')
  expect(saved()).toBe(false)
  await vi.advanceTimersByTimeAsync(0)
  expect(saved()).toBe(false)
  fail = false
  saver.push('ab')
  await vi.advanceTimersByTimeAsync(100)
  expect(saved()).toBe(false)
  await vi.advanceTimersByTimeAsync(150)
  expect(saved()).toBe(true)
})
