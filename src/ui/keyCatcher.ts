import {
  KeyQueue,
  type BodyCaret,
  type ControlKey,
  type KeysAway,
  type KeyTarget,
  type QueuedKey,
} from '../domain/outline/keyQueue'

// Between a key that opens a field (Enter: a new item) and the field being there to type into,
// keys are caught by one hidden text box and queued; the field takes them when it opens. An IME
// commits its text into that box too, so nothing typed in the gap is lost.
const queue = new KeyQueue()
let catcher: HTMLTextAreaElement | null = null
let armedAt: Element | null = null
/** Writes keys typed for a field the user pressed away from before it opened (set by the app). */
let deliverAway: ((away: KeysAway) => Promise<void>) | null = null
/** Fields whose keys are being written without them: such a field must not take focus. */
const awayNow = new Set<string>()
const targetKey = ({ field, nodeId }: { field: string; nodeId: string }) => `${field}:${nodeId}`

/**
 * A press of the mouse (or pen, or finger) elsewhere while keys wait for a field: the user has
 * chosen another place, so focus stays where the press put it and the keys that follow are
 * that place's. The keys typed before the press stay with the title or body they were typed
 * for, written there without its field; never replayed into the place clicked.
 */
function onPressElsewhere(event: PointerEvent): void {
  if (event.target === catcher) return
  armedAt = null
  const away = queue.pressAway()
  if (!away || !deliverAway) return
  const key = targetKey(away.target)
  awayNow.add(key)
  void deliverAway(away).finally(() => awayNow.delete(key))
}

/** Who writes the keys a press elsewhere left for a title or body (the outline's flow). */
export function setKeysAwayHandler(handler: ((away: KeysAway) => Promise<void>) | null): void {
  deliverAway = handler
}

/** Whether keys typed for this field are being written without it: it must not take focus. */
export function isPressedAway(field: KeyTarget['field'], nodeId: string): boolean {
  return awayNow.has(targetKey({ field, nodeId }))
}

export function attachKeyCatcher(element: HTMLTextAreaElement | null): void {
  if (element && !catcher) document.addEventListener('pointerdown', onPressElsewhere, true)
  if (!element && catcher) document.removeEventListener('pointerdown', onPressElsewhere, true)
  catcher = element
}

/**
 * Whether a field opening now may take focus: not from another field the user is typing in (a
 * title or body they clicked while this one was on its way); from the key catcher, the page, a
 * pane or a tree row it may.
 */
export function mayTakeFocus(field: Element): boolean {
  const active = document.activeElement
  if (!active || active === field || active === catcher || active === document.body) return true
  const editable =
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLElement && active.isContentEditable)
  return !editable
}

/**
 * Call in the key handler (synchronously) that starts opening a field; `target`, the field the
 * keys are for, if known (the keys waiting already are then for it too).
 */
export function armKeyCatcher(target: KeyTarget | null = null): void {
  if (!catcher) return
  queue.aim(target)
  armedAt = document.activeElement
  catcher.focus({ preventScroll: true })
}

/** The field did not open (a refused command): drop what was caught, focus goes back. */
export function disarmKeyCatcher(): void {
  queue.clear()
  if (document.activeElement === catcher && armedAt instanceof HTMLElement) armedAt.focus()
  armedAt = null
}

/** Where the caret of this item's body goes as it opens, if the keys waiting are for it. */
export function queuedBodyCaret(nodeId: string): BodyCaret | null {
  const target = queue.aimedAt
  return target?.field === 'body' && target.nodeId === nodeId ? target.at : null
}

/** For the field that opens: the keys typed before it existed, in order. */
export function takeQueuedKeys(): QueuedKey[] {
  armedAt = null
  return queue.takeAll()
}

/** Keys the field did not apply (after an Enter that opens the next field) wait for the next. */
export function putBackQueuedKeys(items: readonly QueuedKey[]): void {
  queue.putBack(items)
}

export function isKeyCatcher(element: Element | null): boolean {
  return element !== null && element === catcher
}

const CONTROL_KEYS = new Set<string>(['Enter', 'Tab', 'Escape', 'Backspace'])

/** The catcher's own handlers. */
export const keyCatcherHandlers = {
  keyDown(event: KeyboardEvent): boolean {
    if (event.isComposing || event.altKey) return false
    const mod = event.ctrlKey || event.metaKey
    // Ctrl+Home / Ctrl+End: the caret of the body on its way goes to its start or end.
    if (mod && !event.shiftKey && (event.key === 'Home' || event.key === 'End')) {
      queue.pushCaret(event.key === 'Home' ? 'start' : 'end')
      return true
    }
    if (!CONTROL_KEYS.has(event.key)) return false
    // Of the keys with Ctrl, only Ctrl+Enter (the next item) means something to a new field.
    if (mod && event.key !== 'Enter') return false
    queue.pushKey(event.key as ControlKey, event.shiftKey, mod)
    return true
  },
  text(element: HTMLTextAreaElement): void {
    queue.pushText(element.value)
    element.value = ''
  },
}
