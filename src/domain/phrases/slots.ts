/** The placeholder a writer fills in: two multiplication signs. */
export const SLOT_TEXT = '××'

export interface SlotRange {
  /** Offset of the first character of the slot in the text. */
  from: number
  /** Offset just after the slot. */
  to: number
}

/** Every `××` in a text, left to right; `××××` counts as two slots. */
export function findSlots(text: string): SlotRange[] {
  const slots: SlotRange[] = []
  let index = text.indexOf(SLOT_TEXT)
  while (index !== -1) {
    slots.push({ from: index, to: index + SLOT_TEXT.length })
    index = text.indexOf(SLOT_TEXT, index + SLOT_TEXT.length)
  }
  return slots
}

export function countSlots(text: string): number {
  return findSlots(text).length
}

/**
 * The slot Tab (forward) or Shift+Tab (backward) moves to from a selection, wrapping round;
 * null when there is none. The slot currently selected is skipped.
 */
export function nextSlot(
  slots: readonly SlotRange[],
  selection: { from: number; to: number },
  direction: 'forward' | 'backward' = 'forward',
): SlotRange | null {
  if (slots.length === 0) return null
  if (direction === 'forward') {
    const after = slots.find((slot) => slot.from >= selection.to && !isSame(slot, selection))
    return after ?? slots[0]
  }
  const before = [...slots]
    .reverse()
    .find((slot) => slot.to <= selection.from && !isSame(slot, selection))
  return before ?? slots[slots.length - 1]
}

function isSame(slot: SlotRange, selection: { from: number; to: number }): boolean {
  return slot.from === selection.from && slot.to === selection.to
}

/** Splits a phrase into plain runs and slots, for inserting it with slots marked. */
export function splitBySlots(text: string): { text: string; slot: boolean }[] {
  const parts: { text: string; slot: boolean }[] = []
  let cursor = 0
  for (const slot of findSlots(text)) {
    if (slot.from > cursor) parts.push({ text: text.slice(cursor, slot.from), slot: false })
    parts.push({ text: SLOT_TEXT, slot: true })
    cursor = slot.to
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), slot: false })
  return parts
}
