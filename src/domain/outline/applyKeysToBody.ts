import type { BodyCaret, QueuedKey } from './keyQueue'
import type { RichDoc, RichNode } from './types'

/** Marks that text typed right after marked text takes on, as the editor continues them. */
const CONTINUED_MARKS = new Set(['bold', 'italic', 'underline'])

/** Whether a key is for a body: text, Enter (a new paragraph), Backspace, Ctrl+Home / Ctrl+End. */
export function typesInBody(key: QueuedKey): boolean {
  if (key.kind !== 'key') return true
  return !key.mod && (key.key === 'Enter' || key.key === 'Backspace')
}

/**
 * A body as keys typed into its editor would leave it, worked out without the editor (the user
 * pressed elsewhere before it opened). The caret starts at the body's start or end; text goes in
 * at the caret with the bold / italic / underline of the text before it, Enter splits the
 * paragraph, Shift+Enter breaks the line, Backspace deletes the character before the caret or joins its paragraph to the one
 * above, Ctrl+Home / Ctrl+End move the caret to the body's start / end. Other keys do nothing
 * here. Unchanged (the same object) when no key changes it.
 */
export function applyKeysToBody(
  body: RichDoc | null,
  keys: readonly QueuedKey[],
  at: BodyCaret,
): RichDoc | null {
  if (!keys.some((key) => key.kind === 'text' || (key.kind === 'key' && typesInBody(key))))
    return body
  const blocks = body?.content?.length ? body.content : [{ type: 'paragraph' }]
  let caret = caretAt(blocks, at)
  /**
   * Marks the next text takes, as the editor's stored marks: Enter and Shift+Enter keep the bold,
   * italic or underline of the text before the caret (Tiptap's splitBlock and hardBreak
   * `keepMarks`), for the text typed on the new line. Any other key drops them.
   */
  let stored: RichNode['marks'] | null = null
  for (const key of keys) {
    const kept: RichNode['marks'] | null = stored
    stored = null
    if (key.kind === 'text') caret.before = insertText(caret.before, caret.after, key.text, kept)
    else if (key.kind === 'caret') caret = caretAt(blocksOf(caret), key.to)
    else if (key.mod) continue
    else if (key.key === 'Enter') {
      stored = kept ?? marksBefore(caret.before)
      if (key.shift) caret.before.push({ type: 'hardBreak' })
      else {
        caret.above.push(paragraph(caret.before, caret.attrs))
        caret.before = []
      }
    } else if (key.key === 'Backspace') {
      const previous = caret.above.at(-1)
      if (caret.before.length > 0) caret.before = deleteLast(caret.before)
      else if (previous?.type === 'paragraph') {
        caret.above.pop()
        caret.before = [...(previous.content ?? [])]
        caret.attrs = previous.attrs
      }
    }
  }
  return { ...(body ?? { type: 'doc' }), type: 'doc', content: blocksOf(caret) }
}

/** A body split at its caret: the paragraphs above, the caret's (before / after it), below. */
interface Caret {
  above: RichNode[]
  before: RichNode[]
  after: RichNode[]
  attrs: RichNode['attrs']
  below: RichNode[]
}

function caretAt(blocks: readonly RichNode[], at: BodyCaret): Caret {
  const [index, offset] =
    typeof at === 'number'
      ? blockAtOffset(blocks, at)
      : [at === 'start' ? 0 : blocks.length - 1, at === 'start' ? 0 : Infinity]
  const block = blocks[index]
  const [before, after] = splitInline(block.content ?? [], offset)
  return {
    above: blocks.slice(0, index),
    before,
    after,
    attrs: block.attrs,
    below: blocks.slice(index + 1),
  }
}

/** One character of a paragraph's inline content: a hard break counts one, as in `docText`. */
const inlineLength = (node: RichNode) =>
  node.type === 'text' ? (node.text?.length ?? 0) : node.type === 'hardBreak' ? 1 : 0

/** The paragraph a plain-text offset falls in, and the offset within it (past the end: the end). */
function blockAtOffset(blocks: readonly RichNode[], offset: number): [number, number] {
  let remaining = Math.max(0, offset)
  for (const [index, block] of blocks.entries()) {
    const length = (block.content ?? []).reduce((sum, node) => sum + inlineLength(node), 0)
    if (remaining <= length) return [index, remaining]
    remaining -= length + 1
  }
  return [blocks.length - 1, Infinity]
}

/** A paragraph's inline content split at a character offset (a text run cut in two). */
function splitInline(content: readonly RichNode[], offset: number): [RichNode[], RichNode[]] {
  let remaining = offset
  for (const [index, node] of content.entries()) {
    const length = inlineLength(node)
    if (remaining < length && node.type === 'text') {
      const text = node.text ?? ''
      // Never between the halves of a surrogate pair.
      const cut =
        text.charCodeAt(remaining - 1) >= 0xd800 && text.charCodeAt(remaining - 1) < 0xdc00
          ? remaining + 1
          : remaining
      const head = text.slice(0, cut)
      const tail = text.slice(cut)
      return [
        [...content.slice(0, index), ...(head ? [{ ...node, text: head }] : [])],
        [...(tail ? [{ ...node, text: tail }] : []), ...content.slice(index + 1)],
      ]
    }
    if (remaining < length || remaining === 0)
      return [content.slice(0, index), content.slice(index)]
    remaining -= length
  }
  return [[...content], []]
}

function blocksOf(caret: Caret): RichNode[] {
  const { above, before, after, attrs, below } = caret
  return [...above, paragraph([...before, ...after], attrs), ...below]
}

function paragraph(content: RichNode[], attrs: RichNode['attrs']): RichNode {
  const inline = normalized(content)
  return {
    type: 'paragraph',
    ...(attrs ? { attrs } : {}),
    ...(inline.length > 0 ? { content: inline } : {}),
  }
}

/**
 * Text at the end of `before`, marked as the text next to the caret is, or with the marks an
 * Enter kept (`stored`).
 */
function insertText(
  before: RichNode[],
  after: RichNode[],
  text: string,
  stored: RichNode['marks'] | null = null,
): RichNode[] {
  const next = before.length > 0 ? before.at(-1) : after[0]
  const marks =
    stored ?? (next?.type === 'text' ? next.marks?.filter((m) => CONTINUED_MARKS.has(m.type)) : [])
  return [...before, marks?.length ? { type: 'text', text, marks } : { type: 'text', text }]
}

/** The marks an Enter keeps: those of the text just before the caret (none at a line's start). */
function marksBefore(before: readonly RichNode[]): RichNode['marks'] | null {
  const last = before.at(-1)
  const marks = last?.type === 'text' ? last.marks?.filter((m) => CONTINUED_MARKS.has(m.type)) : []
  return marks?.length ? marks : null
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
