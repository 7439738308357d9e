import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { PhraseDrop } from './phraseDrop/PhraseDrop'
import { SlotMark } from './slot/SlotMark'

/**
 * The body schema: paragraphs with bold, italic and underline. Everything else StarterKit
 * offers is off so pasted Word/web content is reduced to text and paragraph breaks.
 * Extensions of other features (slots, phrase drop) are appended here.
 */
export function bodyExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      strike: false,
      link: false,
      dropcursor: { color: '#b22222', width: 2 },
    }),
    SlotMark,
    PhraseDrop,
  ]
}
