import { describe, expect, it } from 'vitest'
import { trashCutoff, trashDaysLeft } from './trashPolicy'

const DAY = 24 * 60 * 60 * 1000

describe('trash policy', () => {
  it('counts the whole days left of 30', () => {
    const deletedAt = Date.UTC(2026, 0, 1, 12)
    expect(trashDaysLeft(deletedAt, deletedAt)).toBe(30)
    expect(trashDaysLeft(deletedAt, deletedAt + 1)).toBe(30)
    expect(trashDaysLeft(deletedAt, deletedAt + DAY + 1)).toBe(29)
    expect(trashDaysLeft(deletedAt, deletedAt + 29 * DAY + 1)).toBe(1)
    expect(trashDaysLeft(deletedAt, deletedAt + 30 * DAY)).toBe(0)
    expect(trashDaysLeft(deletedAt, deletedAt + 40 * DAY)).toBe(0)
  })

  it('puts the purge cut-off 30 days back', () => {
    expect(trashCutoff(31 * DAY)).toBe(DAY)
  })
})
