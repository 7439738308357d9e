/** A key that does something in a title field beyond typing. */
export type ControlKey = 'Enter' | 'Tab' | 'Escape' | 'Backspace'

/** What the user typed while no field was there to take it: text, or a control key. */
export type QueuedKey =
  { kind: 'text'; text: string } | { kind: 'key'; key: ControlKey; shift: boolean; mod?: boolean }

/**
 * Keys typed while a row is being created or an editor is opening, in the order typed. The
 * field that opens next takes them (`takeAll`), applies what it can and puts the rest back
 * (`putBack`) when a key (Enter: the next item) opens yet another field.
 */
export class KeyQueue {
  private items: QueuedKey[] = []

  get size(): number {
    return this.items.length
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

  takeAll(): QueuedKey[] {
    const items = this.items
    this.items = []
    return items
  }

  /** Return keys not yet applied, ahead of any typed since. */
  putBack(items: readonly QueuedKey[]): void {
    this.items = [...items, ...this.items]
  }

  clear(): void {
    this.items = []
  }
}

/**
 * Apply queued keys to a field's text: text is appended, Backspace on text deletes a character.
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
    else if (item.key === 'Backspace' && !item.mod && text !== '')
      text = Array.from(text).slice(0, -1).join('')
    else return { value: text, next: index }
  }
  return { value: text, next: items.length }
}
