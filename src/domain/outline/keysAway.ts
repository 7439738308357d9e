import { typesInBody } from './applyKeysToBody'
import { applyQueuedText, type BodyCaret, type KeyTarget, type QueuedKey } from './keyQueue'

/** An item as the keys left it: its title, its Tab / Shift+Tab in order, its body's keys. */
export interface AwayItem {
  /** Its title as the keys left it; undefined when none was for it (its body opened at once). */
  title?: string
  moves: ('indent' | 'outdent')[]
  /** Keys typed into its body (text, Enter, Backspace), from where its caret was as it opened. */
  body?: { at: BodyCaret; keys: QueuedKey[] }
}

export interface AwayPlan {
  /** The target item first, then each new item its Enter (Ctrl+Enter) opened, in order. */
  items: AwayItem[]
  /** Keys its field could only have passed on to a tree row (after Escape): not written. */
  undelivered: QueuedKey[]
}

/**
 * What keys typed for a field that had not opened yet do, once the user has pressed elsewhere
 * before it did: the same as in the field, worked out without it, so they can be written where
 * they were typed for while focus stays where the user put it. In a title: text, Backspace,
 * Tab, Enter to the next item (in the tree) or to the item's body (in the document), Escape. In
 * a body: text, Enter, Backspace, Ctrl+Enter to the next item's title in the document, Escape.
 * Keys a field passes on to a tree row (after Escape, or Backspace on an empty new title) are
 * left undelivered; a new item left empty is for the caller to remove.
 */
export function planKeysAway(target: KeyTarget, keys: readonly QueuedKey[]): AwayPlan {
  const items: AwayItem[] = []
  let field = target.field
  let current: AwayItem =
    target.field === 'body'
      ? { moves: [], body: { at: target.at, keys: [] } }
      : { title: target.title, moves: [] }
  let isNew = target.field !== 'body' && target.isNew
  let index = 0
  const finish = (undelivered: QueuedKey[] = []): AwayPlan => {
    items.push(current)
    return { items, undelivered }
  }
  /** Enter (Ctrl+Enter) opened a new item after this one, its title in `next`. */
  const openNext = (next: 'rename' | 'title') => {
    items.push(current)
    current = { title: '', moves: [] }
    isNew = true
    field = next
  }
  while (index < keys.length) {
    if (field === 'body') {
      const key = keys[index]
      index += 1
      if (typesInBody(key)) current.body?.keys.push(key)
      else if (key.kind !== 'key') continue
      else if (key.key === 'Escape') return finish(keys.slice(index))
      // Ctrl+Enter: the next item, its title in the document. Tab does nothing in a body.
      else if (key.key === 'Enter') openNext('title')
      continue
    }
    const title = current.title ?? ''
    const { value, next } = applyQueuedText(title, keys.slice(index))
    current.title = value
    index += next
    const key = keys[index]
    if (key?.kind !== 'key') break
    index += 1
    const rest = keys.slice(index)
    if (key.key === 'Tab') current.moves.push(key.shift ? 'outdent' : 'indent')
    else if (key.key === 'Backspace') {
      // On an empty new title: the item goes and typing goes on in the title above.
      if (isNew) return finish(rest)
    } else if (key.key === 'Escape') {
      // In the tree, Escape puts an existing title back as it was; either way the title is done.
      if (!isNew && target.field === 'rename') current.title = target.title
      return finish(rest)
    } else if (field === 'title' && !key.mod) {
      // Enter in a document heading: the title is done, what follows goes into the item's body.
      current.title = value.trim()
      current.body = { at: 'start', keys: [] }
      field = 'body'
    } else if (field === 'rename' && isNew && value.trim() === '') {
      // Enter on an empty new title ends the run of new items.
      return finish(rest)
    } else {
      current.title = value.trim()
      openNext(field)
    }
  }
  return finish()
}
