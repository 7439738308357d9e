import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { nextSlot, type SlotRange } from '../../domain/phrases/slots'
import { findDocSlots } from './docSlots'

/**
 * The text being filled in, while the caret is inside it: the phrase inserted last or, for a
 * slot reached otherwise (Tab, the slot list), the slot's paragraph. Tab and Shift+Tab move
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
 * Selects a slot. Outside the session (or with none), a new one starts over the slot's
 * paragraph: where the phrase it came from ends is not known.
 */
export function selectSlotRange(
  tr: Transaction,
  slot: SlotRange,
  session: SlotRange | null,
  apply: boolean,
): boolean {
  if (!apply) return true
  tr.setSelection(TextSelection.create(tr.doc, slot.from, slot.to)).scrollIntoView()
  if (!session || slot.from < session.from || slot.to > session.to) {
    const $slot = tr.doc.resolve(slot.from)
    startPhraseSession(tr, { from: $slot.start(), to: $slot.end() })
  }
  return true
}

/**
 * Tab (forward) or Shift+Tab (backward) in a body with slots:
 * - filling in a phrase (or a slot's paragraph): its next slot, and after its last slot its end
 *   (before its first slot, its start); the session then ends;
 * - elsewhere: the next slot in the body; with none after, the end of the paragraph (before
 *   the first, its start); from there the slots wrap round.
 * Returns false (the key is not handled) only when the body has no slot and nothing is being
 * filled in, so Tab never leaves the editor for the phrase search box mid-phrase.
 */
export function moveThroughSlots(
  tr: Transaction,
  session: SlotRange | null,
  direction: 'forward' | 'backward',
  apply: boolean,
): boolean {
  const slots = findDocSlots(tr.doc)
  const forward = direction === 'forward'
  const { from, to, empty } = tr.selection
  const placeCaret = (at: number) => {
    if (apply) tr.setSelection(TextSelection.create(tr.doc, at)).scrollIntoView()
    return true
  }

  if (session) {
    const inside = slots.filter((slot) => slot.from >= session.from && slot.to <= session.to)
    const slot = adjacentSlot(inside, { from, to }, forward)
    if (slot) return selectSlotRange(tr, slot, session, apply)
    // Past the last (first) slot: the end (start) of the text, and the session is over.
    if (apply) tr.setMeta(phraseSessionKey, null)
    return placeCaret(forward ? session.to : session.from)
  }

  if (slots.length === 0) return false
  const slot = adjacentSlot(slots, { from, to }, forward)
  if (slot) return selectSlotRange(tr, slot, null, apply)
  const $edge = tr.doc.resolve(forward ? to : from)
  const edge = forward ? $edge.end() : $edge.start()
  if ((forward ? to : from) !== edge || !empty) return placeCaret(edge)
  // Already at the paragraph's edge: wrap round.
  return selectSlotRange(tr, nextSlot(slots, { from, to }, direction)!, null, apply)
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
