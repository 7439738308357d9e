import { describe, expect, it } from 'vitest'
import { countSlots, findSlots, nextSlot, splitBySlots } from './slots'

const theme = '以××为主题，以××为主线，以××为重点'

describe('findSlots', () => {
  it('finds every ×× in order', () => {
    expect(findSlots(theme)).toEqual([
      { from: 1, to: 3 },
      { from: 8, to: 10 },
      { from: 15, to: 17 },
    ])
    expect(countSlots('切实维护职工合法权益')).toBe(0)
    expect(countSlots('××××')).toBe(2)
    // A lone × is not a slot.
    expect(countSlots('1×2')).toBe(0)
  })
})

describe('nextSlot', () => {
  const slots = findSlots(theme)

  it('moves forward from the cursor and skips the selected slot', () => {
    expect(nextSlot(slots, { from: 0, to: 0 })).toEqual({ from: 1, to: 3 })
    expect(nextSlot(slots, { from: 1, to: 3 })).toEqual({ from: 8, to: 10 })
    expect(nextSlot(slots, { from: 5, to: 5 })).toEqual({ from: 8, to: 10 })
  })

  it('wraps round at the end', () => {
    expect(nextSlot(slots, { from: 15, to: 17 })).toEqual({ from: 1, to: 3 })
    expect(nextSlot(slots, { from: 20, to: 20 })).toEqual({ from: 1, to: 3 })
  })

  it('moves backward with Shift+Tab and wraps to the last', () => {
    expect(nextSlot(slots, { from: 8, to: 10 }, 'backward')).toEqual({ from: 1, to: 3 })
    expect(nextSlot(slots, { from: 12, to: 12 }, 'backward')).toEqual({ from: 8, to: 10 })
    expect(nextSlot(slots, { from: 1, to: 3 }, 'backward')).toEqual({ from: 15, to: 17 })
  })

  it('returns null with no slots', () => {
    expect(nextSlot([], { from: 0, to: 0 })).toBeNull()
  })
})

describe('splitBySlots', () => {
  it('splits text into plain runs and slots', () => {
    expect(splitBySlots('进一步完善××机制')).toEqual([
      { text: '进一步完善', slot: false },
      { text: '××', slot: true },
      { text: '机制', slot: false },
    ])
    expect(splitBySlots('××')).toEqual([{ text: '××', slot: true }])
    expect(splitBySlots('无空位')).toEqual([{ text: '无空位', slot: false }])
  })
})
