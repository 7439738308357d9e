import type { PlanChange } from './planChange'
import type { RichDoc, RichNode } from './types'

/** A short fingerprint of a body (FNV-1a over its JSON): which version a text was based on. */
export function bodyHash(doc: RichDoc | null): string {
  const text = JSON.stringify(doc?.content ?? [])
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16)
}

/** What the user is told when both texts were kept. */
export const BOTH_KEPT_MESSAGE =
  '此条目在另一个窗口中同时被修改，两份内容都已保留（以分隔行隔开），请核对。'

/** The line put between two versions of one body that were edited at the same time. */
export const CONFLICT_SEPARATOR = '——以下是另一个窗口同时写入的内容，请核对后删除重复部分——'

const separator: RichNode = {
  type: 'paragraph',
  content: [{ type: 'text', text: CONFLICT_SEPARATOR, marks: [{ type: 'bold' }] }],
}

/** Both texts, mine first: nothing typed in either window is lost. */
export function mergeBodies(mine: RichDoc, theirs: RichDoc | null): RichDoc {
  const other = (theirs?.content ?? []).filter((block) => block.content?.length)
  if (other.length === 0) return mine
  return { type: 'doc', content: [...(mine.content ?? []), separator, ...other] }
}

const isSeparator = (block: RichNode) => JSON.stringify(block) === JSON.stringify(separator)

/**
 * The other window's part of a merged body (from the separator on), for an editor that went on
 * typing after the text that was merged; null when the body holds no merge.
 */
export function conflictRemainder(doc: RichDoc | null): RichNode[] | null {
  const blocks = doc?.content ?? []
  const at = blocks.findIndex(isSeparator)
  return at < 0 ? null : blocks.slice(at)
}

/** Whether writing this change merged two windows' texts of a body (a fold over a conflict). */
export function keptBothTexts(change: PlanChange): boolean {
  return change.updated.some(
    ({ before, after }) =>
      conflictRemainder(after.body) !== null && !conflictRemainder(before.body),
  )
}
