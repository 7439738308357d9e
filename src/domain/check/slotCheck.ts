import { findSlots } from '../phrases/slots'
import { findingAt } from './context'
import type { CheckedField, Finding } from './types'

/** Unfilled slots (××, xx, 20xx, {{单位}} … as findSlots defines them): must be filled. */
export function checkSlots(field: CheckedField): Finding[] {
  return findSlots(field.text).map((slot) =>
    findingAt(
      field,
      'slot',
      'error',
      slot.from,
      slot.to,
      `待填写：“${field.text.slice(slot.from, slot.to)}”`,
    ),
  )
}
