import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { nextSlot, type SlotRange } from '../../domain/phrases/slots'
import { findDocSlots } from './docSlots'

/**
 * The text of the phrase inserted last, while the caret is inside it: Tab and Shift+Tab move
 * through its slots and then to its end (or start), as a snippet's tab stops do. Mapped through
 * every edit (typing over a slot keeps the range); ends when the selection leaves it.
 */
const phraseSessionKey = new PluginKey<SlotRange | null>('phraseSession')

export function phraseSessionPlugin(): Plugin {
  return new Plugin<SlotRange | null>({
    key: phraseSessionKey,
    state: {
      init: () => null,
      apply(tr, value, _oldState, newState) {
        const started = tr.getMeta(phraseSessionKey) as SlotRange | null | undefined
        const range =
          started !== undefined
            ? started
            : value && { from: tr.mapping.map(value.from, -1), to: tr.mapping.map(value.to, 1) }
        if (!range || range.from >= range.to) return null
        const { from, to } = newState.selection
        return from < range.from || to > range.to ? null : range
      },
    },
  })
}

/** Starts a session over the inserted text `range` (call in the inserting transaction). */
export function startPhraseSession(tr: Transaction, range: SlotRange): Transaction {
  return tr.setMeta(phraseSessionKey, range)
}

export function phraseSession(state: EditorState): SlotRange | null {
  return phraseSessionKey.getState(state) ?? null
}

/**
 * Tab (forward) or Shift+Tab (backward) in a body with slots:
 * - in a phrase just inserted: its next slot, and after its last slot the end of the phrase
 *   (before its first slot, its start); the session then ends;
 * - elsewhere: the next slot in the body; after the last one the end of the paragraph (before
 *   the first, its start); from there the slots wrap round.
 * Returns false (the key is not handled) only when the body has no slot and no phrase session,
 * so Tab never leaves the editor while the user is filling in a phrase.
 */
export function moveThroughSlots(
  tr: Transaction,
  session: SlotRange | null,
  direction: 'forward' | 'backward',
  apply: boolean,
): boolean {
  const slots = findDocSlots(tr.doc)
  const forward = direction === 'forward'
  const select = (from: number, to: number) => {
    if (apply) tr.setSelection(TextSelection.create(tr.doc, from, to)).scrollIntoView()
    return true
  }
  const { from, to, empty } = tr.selection

  if (session) {
    const inside = slots.filter((slot) => slot.from >= session.from && slot.to <= session.to)
    const slot = adjacentSlot(inside, { from, to }, forward)
    if (slot) return select(slot.from, slot.to)
    // Past the phrase's last (first) slot: its end (start), and the session is over.
    const edge = forward ? session.to : session.from
    if (apply) tr.setMeta(phraseSessionKey, null)
    return select(edge, edge)
  }

  if (slots.length === 0) return false
  const slot = adjacentSlot(slots, { from, to }, forward)
  if (slot) return select(slot.from, slot.to)
  const $edge = tr.doc.resolve(forward ? to : from)
  const edge = forward ? $edge.end() : $edge.start()
  if ((forward ? to : from) !== edge || !empty) return select(edge, edge)
  // Already at the paragraph's edge: wrap round.
  const wrapped = nextSlot(slots, { from, to }, direction)!
  return select(wrapped.from, wrapped.to)
}

/** The slot after (before) the selection without wrapping round, or null. */
function adjacentSlot(
  slots: readonly SlotRange[],
  selection: SlotRange,
  forward: boolean,
): SlotRange | null {
  const isSelected = (slot: SlotRange) => slot.from === selection.from && slot.to === selection.to
  if (forward) return slots.find((slot) => slot.from >= selection.to && !isSelected(slot)) ?? null
  return [...slots].reverse().find((slot) => slot.to <= selection.from && !isSelected(slot)) ?? null
}
