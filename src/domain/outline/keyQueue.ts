/**
 * Where a body's caret goes as it opens: Ctrl+Enter in the tree, its end; Enter in a heading, its
 * start; a click on its text, the place clicked as a plain-text offset (counted as `docText`
 * counts: paragraphs one newline apart, a hard break one character).
 */
export type BodyCaret = 'start' | 'end' | number

/** Where Ctrl+Home / Ctrl+End puts the caret. */
export type CaretMove = 'start' | 'end'

/** A key that does something in a title field beyond typing. */
export type ControlKey = 'Enter' | 'Tab' | 'Escape' | 'Backspace'

/** What the user typed while no field was there to take it: text, or a control key. */
export type QueuedKey =
  | { kind: 'text'; text: string }
  | { kind: 'key'; key: ControlKey; shift: boolean; mod?: boolean }
  /** Ctrl+Home / Ctrl+End: a body's caret to its start or end (a title's caret stays at its end). */
  | { kind: 'caret'; to: CaretMove }

/**
 * The field the keys being caught are typed for: an item's title in the tree ('rename') or in
 * the document ('title') — with what it held and whether the item is a new one — or its body,
 * with where its caret goes as it opens.
 */
export type KeyTarget =
  | { field: 'rename' | 'title'; planId: string; nodeId: string; title: string; isNew: boolean }
  | { field: 'body'; planId: string; nodeId: string; at: BodyCaret }

export type TitleTarget = Extract<KeyTarget, { field: 'rename' | 'title' }>
export type BodyTarget = Extract<KeyTarget, { field: 'body' }>

/** What one press elsewhere left for a field still opening: the keys typed for it before. */
export interface KeysAway {
  target: KeyTarget
  items: QueuedKey[]
}

/**
 * Keys typed while a row is being created or an editor is opening, in the order typed. The
 * field that opens next takes them (`takeAll`), applies what it can and puts the rest back
 * (`putBack`) when a key (Enter: the next item) opens yet another field.
 *
 * The keys are aimed (`aim`) at the field on its way. A press elsewhere (`pressAway`) ends the
 * wait: keys typed for a title or a body before it stay that field's (given back, to be written
 * without it); keys for a field not named are dropped. Either way the keys that follow are for
 * where the press put focus.
 */
export class KeyQueue {
  private items: QueuedKey[] = []
  private target: KeyTarget | null = null

  get size(): number {
    return this.items.length
  }

  /** The field the keys now waiting, and those typed next, are for (null: whichever opens). */
  aim(target: KeyTarget | null): void {
    this.target = target
  }

  get aimedAt(): KeyTarget | null {
    return this.target
  }

  /**
   * The user pressed elsewhere: the keys typed so far are no longer for the field that opens
   * next. Those of a field named are returned with it (also none: the field must not take
   * focus, and an empty new item goes); keys aimed at no field are dropped.
   */
  pressAway(): KeysAway | null {
    const { target, items } = this
    this.items = []
    this.target = null
    return target ? { target, items } : null
  }

  pushText(text: string): void {
    if (text === '') return
    const last = this.items.at(-1)
    if (last?.kind === 'text') last.text += text
    else this.items.push({ kind: 'text', text })
  }

  /** `mod`: with Ctrl (⌘): Ctrl+Enter starts the next item. */
  pushKey(key: ControlKey, shift = false, mod = false): void {
    const last = this.items.at(-1)
    // Backspace right after queued text takes back its last character.
    if (key === 'Backspace' && !mod && last?.kind === 'text') {
      last.text = Array.from(last.text).slice(0, -1).join('')
      if (last.text === '') this.items.pop()
      return
    }
    this.items.push(mod ? { kind: 'key', key, shift, mod } : { kind: 'key', key, shift })
  }

  /** The field has opened: it takes every key waiting, and nothing is aimed at it any more. */
  takeAll(): QueuedKey[] {
    const items = this.items
    this.items = []
    this.target = null
    return items
  }

  /** Ctrl+Home / Ctrl+End typed before the field opened. */
  pushCaret(to: CaretMove): void {
    this.items.push({ kind: 'caret', to })
  }

  /** Return keys not yet applied, ahead of any typed since. */
  putBack(items: readonly QueuedKey[]): void {
    this.items = [...items, ...this.items]
  }

  clear(): void {
    this.items = []
    this.target = null
  }
}

/**
 * Apply queued keys to a field's text: text is appended, Backspace on text deletes a character,
 * caret moves are passed over (what was typed goes on at the title's end, as a new title's does).
 * Stops at the first key the field must act on itself (Enter, Tab, Escape, Backspace on an
 * empty field); `next` is its index, or `items.length` when all were applied.
 */
export function applyQueuedText(
  value: string,
  items: readonly QueuedKey[],
): { value: string; next: number } {
  let text = value
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (item.kind === 'text') text += item.text
    else if (item.kind === 'caret') continue
    else if (item.key === 'Backspace' && !item.mod && text !== '')
      text = Array.from(text).slice(0, -1).join('')
    else return { value: text, next: index }
  }
  return { value: text, next: items.length }
}
