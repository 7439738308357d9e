import { memo, type ReactNode } from 'react'
import { findSlots, type SlotRange } from '../../domain/phrases/slots'
import './slot.css'

/** A slot to fill, highlighted as the live editor highlights it. */
export function slotElement(child: ReactNode, key: number | string): ReactNode {
  return (
    <mark key={key} className="slot" data-slot="">
      {child}
    </mark>
  )
}

/**
 * `text` split at `slots` (offsets into it, from `findSlots`): plain runs as they are, slots
 * highlighted. `offset` is where `text` starts in the string the slots were found in.
 */
export function withSlots(
  text: string,
  slots: readonly SlotRange[],
  offset = 0,
): ReactNode[] | string {
  const end = offset + text.length
  const inside = slots.filter((slot) => slot.to > offset && slot.from < end)
  if (inside.length === 0) return text
  const parts: ReactNode[] = []
  let cursor = offset
  for (const slot of inside) {
    const from = Math.max(slot.from, offset)
    const to = Math.min(slot.to, end)
    if (from > cursor) parts.push(text.slice(cursor - offset, from - offset))
    parts.push(slotElement(text.slice(from - offset, to - offset), from))
    cursor = to
  }
  if (cursor < end) parts.push(text.slice(cursor - offset))
  return parts
}

/** A line of text (a title) with its slots highlighted. */
export const SlotText = memo(function SlotText({ text }: { text: string }) {
  return <>{withSlots(text, findSlots(text))}</>
})
