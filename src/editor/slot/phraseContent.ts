import type { JSONContent } from '@tiptap/core'
import { phraseRuns } from '../../domain/phrases/phraseContent'

/** A phrase as inline content at the cursor: slots marked, its line breaks hard breaks. */
export function phraseContent(text: string): JSONContent[] {
  return text
    .split(/\r?\n/)
    .flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...phraseRuns(line)])
}
