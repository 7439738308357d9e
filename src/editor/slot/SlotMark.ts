import { Mark, mergeAttributes } from '@tiptap/core'
import type { MarkType, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { SlotRange } from '../../domain/phrases/slots'
import { findDocSlots } from './docSlots'
import { phraseContent } from './phraseContent'
import {
  moveThroughSlots,
  phraseSession,
  phraseSessionPlugin,
  selectSlotRange,
  startPhraseSession,
} from './phraseSession'
import './slot.css'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    slot: {
      /**
       * Inserts a phrase (at `position`, else over the selection) and selects its first slot;
       * Tab then walks its slots and ends at its end (see `moveThroughSlots`).
       */
      insertPhrase: (text: string, position?: number) => ReturnType
      /** Selects the next slot after the selection; after the last one, see `moveThroughSlots`. */
      selectNextSlot: () => ReturnType
      /** Selects the previous slot before the selection; before the first, see `moveThroughSlots`. */
      selectPreviousSlot: () => ReturnType
      /** Selects the slot with this index (0-based, in document order). */
      selectSlot: (index: number) => ReturnType
    }
  }
}

/**
 * A slot to fill in (`findSlots`: ××, xx, 20xx, ×年×月, {{单位}}…), highlighted. The mark always
 * follows the text (a plugin keeps it on exactly the slot runs), so typing over a selected slot
 * leaves plain text, and text typed next to a slot is never marked (also `inclusive: false`).
 * Slots of a body not yet edited here (imported `xx`) are highlighted by a decoration until the
 * first edit marks them, so opening a body never changes it.
 */
export const SlotMark = Mark.create({
  name: 'slot',
  inclusive: false,
  spanning: false,

  parseHTML() {
    return [{ tag: 'mark[data-slot]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes(HTMLAttributes, { class: 'slot', 'data-slot': '' }), 0]
  },

  addCommands() {
    return {
      insertPhrase:
        (text, position) =>
        ({ tr, commands, dispatch }) => {
          const from = position ?? tr.selection.from
          const to = position ?? tr.selection.to
          const stepsBefore = tr.steps.length
          if (
            !commands.insertContentAt({ from, to }, phraseContent(text), { updateSelection: false })
          )
            return false
          if (!dispatch) return true
          // Where the inserted text ended up (the insert may have been wrapped in a paragraph).
          const mapping = tr.mapping.slice(stepsBefore)
          const start = mapping.map(from, -1)
          const end = mapping.map(to, 1)
          const first = findDocSlots(tr.doc).find((slot) => slot.from >= start && slot.to <= end)
          startPhraseSession(tr, { from: start, to: end })
          tr.setSelection(
            first
              ? TextSelection.create(tr.doc, first.from, first.to)
              : TextSelection.near(tr.doc.resolve(end), -1),
          )
          return true
        },
      selectNextSlot:
        () =>
        ({ tr, state, dispatch }) =>
          moveThroughSlots(tr, phraseSession(state), 'forward', dispatch !== undefined),
      selectPreviousSlot:
        () =>
        ({ tr, state, dispatch }) =>
          moveThroughSlots(tr, phraseSession(state), 'backward', dispatch !== undefined),
      selectSlot:
        (index) =>
        ({ tr, state, dispatch }) => {
          const slot = findDocSlots(tr.doc)[index]
          if (!slot) return false
          return selectSlotRange(tr, slot, phraseSession(state), dispatch !== undefined)
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      // No slot in this body and no phrase being filled in: let Tab do what it otherwise does.
      Tab: () => this.editor.commands.selectNextSlot(),
      'Shift-Tab': () => this.editor.commands.selectPreviousSlot(),
    }
  },

  addProseMirrorPlugins() {
    return [slotSyncPlugin(this.type), slotHighlightPlugin(this.type), phraseSessionPlugin()]
  },
})

const slotSyncKey = new PluginKey('slotSync')

/** Keeps the slot mark on exactly the slot runs (not while an IME is composing). */
function slotSyncPlugin(type: MarkType): Plugin {
  return new Plugin({
    key: slotSyncKey,
    appendTransaction(transactions, _oldState, state) {
      if (!transactions.some((tr) => tr.docChanged)) return null
      if (transactions.some((tr) => tr.getMeta('composition'))) return null
      const wanted = findDocSlots(state.doc)
      if (sameCoverage(markedRanges(state.doc, type), wanted)) return null
      const tr = state.tr.removeMark(0, state.doc.content.size, type)
      for (const slot of wanted) tr.addMark(slot.from, slot.to, type.create())
      return tr
    },
  })
}

const slotHighlightKey = new PluginKey<DecorationSet>('slotHighlight')

/** Highlights the slots the mark does not cover yet (left alone while an IME is composing). */
function slotHighlightPlugin(type: MarkType): Plugin {
  return new Plugin<DecorationSet>({
    key: slotHighlightKey,
    state: {
      init: (_config, state) => unmarkedSlots(state.doc, type),
      apply: (tr, set, _oldState, newState) => {
        if (!tr.docChanged) return set
        if (tr.getMeta('composition')) return set.map(tr.mapping, tr.doc)
        return unmarkedSlots(newState.doc, type)
      },
    },
    props: { decorations: (state) => slotHighlightKey.getState(state) },
  })
}

function unmarkedSlots(doc: ProseMirrorNode, type: MarkType): DecorationSet {
  const decorations = findDocSlots(doc)
    .filter((slot) => !doc.rangeHasMark(slot.from, slot.to, type))
    .map((slot) =>
      Decoration.inline(slot.from, slot.to, { nodeName: 'mark', class: 'slot', 'data-slot': '' }),
    )
  return decorations.length ? DecorationSet.create(doc, decorations) : DecorationSet.empty
}

function markedRanges(doc: ProseMirrorNode, type: MarkType): SlotRange[] {
  const ranges: SlotRange[] = []
  doc.descendants((node, position) => {
    if (node.isText && type.isInSet(node.marks))
      ranges.push({ from: position, to: position + node.nodeSize })
    return true
  })
  return ranges
}

function sameCoverage(marked: SlotRange[], wanted: SlotRange[]): boolean {
  const covered = (ranges: SlotRange[]) => {
    const positions: number[] = []
    for (const range of ranges) for (let at = range.from; at < range.to; at++) positions.push(at)
    return positions.join(',')
  }
  return covered(marked) === covered(wanted)
}
