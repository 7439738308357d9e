import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { findSlots, type SlotRange } from '../../domain/phrases/slots'

// Stands for an inline leaf (hard break) so offsets in the string equal document positions.
const LEAF = '\uFFFC'

/** Every slot in a document (`findSlots`, any kind), as document positions, in order. */
export function findDocSlots(doc: ProseMirrorNode): SlotRange[] {
  const slots: SlotRange[] = []
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true
    let text = ''
    node.forEach((child) => {
      text += child.isText ? child.text : LEAF.repeat(child.nodeSize)
    })
    for (const slot of findSlots(text))
      slots.push({ from: position + 1 + slot.from, to: position + 1 + slot.to })
    return false
  })
  return slots
}
