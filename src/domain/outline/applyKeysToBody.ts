import type { BodyCaret, QueuedKey } from './keyQueue'
import type { RichDoc, RichNode } from './types'

/** Marks that text typed right after marked text takes on, as the editor continues them. */
const CONTINUED_MARKS = new Set(['bold', 'italic', 'underline'])

/** Whether a key changes a body: text, Enter (a new paragraph), Backspace. */
export function typesInBody(key: QueuedKey): boolean {
  return key.kind === 'text' || (!key.mod && (key.key === 'Enter' || key.key === 'Backspace'))
}

/**
 * A body as keys typed into its editor would leave it, worked out without the editor (the user
 * pressed elsewhere before it opened). The caret starts at the body's start or end; text goes in
 * at the caret with the bold / italic / underline of the text before it, Enter splits the
 * paragraph, Backspace deletes the character before the caret or joins its paragraph to the one
 * above. Other keys do nothing here. Unchanged (the same object) when no key changes it.
 */
export function applyKeysToBody(
  body: RichDoc | null,
  keys: readonly QueuedKey[],
  at: BodyCaret,
): RichDoc | null {
  if (!keys.some(typesInBody)) return body
  const blocks = body?.content?.length ? body.content : [{ type: 'paragraph' }]
  const index = at === 'start' ? 0 : blocks.length - 1
  const caretBlock = blocks[index]
  /** Paragraphs above the caret's, done. */
  const above = blocks.slice(0, index)
  const below = blocks.slice(index + 1)
  let attrs = caretBlock.attrs
  // The caret's paragraph: its content before the caret, and after it.
  let before: RichNode[] = at === 'start' ? [] : [...(caretBlock.content ?? [])]
  const after: RichNode[] = at === 'start' ? [...(caretBlock.content ?? [])] : []
  for (const key of keys) {
    if (key.kind === 'text') before = insertText(before, after, key.text)
    else if (key.mod) continue
    else if (key.key === 'Enter') {
      above.push(paragraph(before, attrs))
      before = []
    } else if (key.key === 'Backspace') {
      const previous = above.at(-1)
      if (before.length > 0) before = deleteLast(before)
      else if (previous?.type === 'paragraph') {
        above.pop()
        before = [...(previous.content ?? [])]
        attrs = previous.attrs
      }
    }
  }
  return {
    ...(body ?? { type: 'doc' }),
    type: 'doc',
    content: [...above, paragraph([...before, ...after], attrs), ...below],
  }
}

function paragraph(content: RichNode[], attrs: RichNode['attrs']): RichNode {
  const inline = normalized(content)
  return {
    type: 'paragraph',
    ...(attrs ? { attrs } : {}),
    ...(inline.length > 0 ? { content: inline } : {}),
  }
}

/** Text at the end of `before`, marked as the text next to the caret is. */
function insertText(before: RichNode[], after: RichNode[], text: string): RichNode[] {
  const next = before.length > 0 ? before.at(-1) : after[0]
  const marks = next?.type === 'text' ? next.marks?.filter((m) => CONTINUED_MARKS.has(m.type)) : []
  return [...before, marks?.length ? { type: 'text', text, marks } : { type: 'text', text }]
}

/** Without the last character (a whole character, never half a surrogate pair) or line break. */
function deleteLast(before: RichNode[]): RichNode[] {
  const last = before[before.length - 1]
  const rest = before.slice(0, -1)
  if (last.type !== 'text') return rest
  const text = Array.from(last.text ?? '')
    .slice(0, -1)
    .join('')
  return text === '' ? rest : [...rest, { ...last, text }]
}

/** Adjacent runs with the same marks as one, no empty runs (as the editor stores them). */
function normalized(content: RichNode[]): RichNode[] {
  const runs: RichNode[] = []
  for (const node of content) {
    if (node.type === 'text' && !node.text) continue
    const last = runs.at(-1)
    if (
      node.type === 'text' &&
      last?.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    )
      runs[runs.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` }
    else runs.push(node)
  }
  return runs
}
