import type { Extensions } from '@tiptap/core'
import { Bold } from '@tiptap/extension-bold'
import { Document } from '@tiptap/extension-document'
import { HardBreak } from '@tiptap/extension-hard-break'
import { Italic } from '@tiptap/extension-italic'
import { Paragraph } from '@tiptap/extension-paragraph'
import { Text } from '@tiptap/extension-text'
import { Underline } from '@tiptap/extension-underline'
import { Dropcursor, Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions'
import { PhraseDrop } from './phraseDrop/PhraseDrop'
import { SlotMark } from './slot/SlotMark'

/**
 * The body schema: paragraphs with bold, italic and underline. Nothing else StarterKit offers is
 * in it, so pasted Word/web content is reduced to text and paragraph breaks. The extensions are
 * imported one by one, in StarterKit's order: importing StarterKit would put the ones left out
 * (link with linkifyjs, lists, code blocks…: 35 KB gzip) into the initial JS.
 * Extensions of other features (slots, phrase drop) are appended here. The live editor, bound to
 * the plan's document, leaves out UndoRedo: Collaboration brings its own.
 */
export function bodyExtensions(options: { collaboration?: boolean } = {}): Extensions {
  const extensions: Extensions = [
    Bold,
    Document,
    Dropcursor.configure({ color: '#b22222', width: 2 }),
    Gapcursor,
    HardBreak,
    UndoRedo,
    Italic,
    Paragraph,
    Text,
    Underline,
    TrailingNode,
    SlotMark,
    PhraseDrop,
  ]
  // Bound to a document, the body's undo is the Collaboration extension's own.
  return options.collaboration
    ? extensions.filter((extension) => extension !== UndoRedo)
    : extensions
}
