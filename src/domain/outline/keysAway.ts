import { applyQueuedText, type QueuedKey, type TitleTarget } from './keyQueue'

/** An item's title as the keys left it, and its Tab / Shift+Tab in the order typed. */
export interface AwayTitle {
  title: string
  moves: ('indent' | 'outdent')[]
}

export interface AwayPlan {
  /** The target item first, then each new item its Enter (Ctrl+Enter) opened, in order. */
  titles: AwayTitle[]
  /** Keys its field could only have passed on to a body or a tree row: not written anywhere. */
  undelivered: QueuedKey[]
}

/**
 * What keys typed for a title that had not opened yet do, once the user has pressed elsewhere
 * before it did: the same as in the field (text, Backspace, Tab, Enter to the next item, Escape),
 * worked out without it, so they can be written where they were typed for while focus stays
 * where the user put it. Keys a title passes on to a body (Enter in the document) or to a tree
 * row (after Escape) are left undelivered; a new item left empty is for the caller to remove.
 */
export function planKeysAway(target: TitleTarget, items: readonly QueuedKey[]): AwayPlan {
  const titles: AwayTitle[] = []
  let current: AwayTitle = { title: target.title, moves: [] }
  let isNew = target.isNew
  let index = 0
  const finish = (undelivered: QueuedKey[] = []): AwayPlan => {
    titles.push(current)
    return { titles, undelivered }
  }
  while (index < items.length) {
    const { value, next } = applyQueuedText(current.title, items.slice(index))
    current.title = value
    index += next
    const key = items[index]
    if (key?.kind !== 'key') break
    index += 1
    const rest = items.slice(index)
    if (key.key === 'Tab') current.moves.push(key.shift ? 'outdent' : 'indent')
    else if (key.key === 'Backspace') {
      // On an empty new title: the item goes and typing goes on in the title above.
      if (isNew) return finish(rest)
    } else if (key.key === 'Escape') {
      // In the tree, Escape puts an existing title back as it was; either way the title is done.
      if (!isNew && target.field === 'rename') current.title = target.title
      return finish(rest)
    } else if (target.field === 'title' && !key.mod) {
      // Enter in a document heading: what follows is the item's body.
      return finish(rest)
    } else if (target.field === 'rename' && isNew && current.title.trim() === '') {
      // Enter on an empty new title ends the run of new items.
      return finish(rest)
    } else {
      titles.push({ ...current, title: current.title.trim() })
      current = { title: '', moves: [] }
      isNew = true
    }
  }
  return finish()
}
