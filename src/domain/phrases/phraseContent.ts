import type { RichNode } from '../outline/types'
import { splitBySlots } from './slots'

/** One line of a phrase as text runs, its `××` slots carrying the slot mark. */
export function phraseRuns(line: string): RichNode[] {
  return splitBySlots(line)
    .filter((part) => part.text !== '')
    .map((part) =>
      part.slot
        ? { type: 'text', text: part.text, marks: [{ type: 'slot' }] }
        : { type: 'text', text: part.text },
    )
}

/** A phrase as body paragraphs: each line (a newline splits them) one paragraph, slots marked. */
export function phraseParagraphs(text: string): RichNode[] {
  return text.split(/\r?\n/).map((line) => {
    const content = phraseRuns(line)
    return content.length ? { type: 'paragraph', content } : { type: 'paragraph' }
  })
}
