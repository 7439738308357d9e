import type { JSONContent } from '@tiptap/core'
import { splitBySlots } from '../../domain/phrases/slots'

/** A phrase as inline content: `××` runs carry the slot mark; line breaks become hard breaks. */
export function phraseContent(text: string): JSONContent[] {
  const content: JSONContent[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' })
    for (const part of splitBySlots(line))
      content.push(
        part.slot
          ? { type: 'text', text: part.text, marks: [{ type: 'slot' }] }
          : { type: 'text', text: part.text },
      )
  })
  return content
}
