import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { renameItem } from '../../commands/outline/renameItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { clearTitleRescue, writeTitleRescue } from '../../db/rescueStore'
import { applyQueuedText, type ControlKey, type QueuedKey } from '../../domain/outline/keyQueue'
import { createThrottledSave } from '../../editor/throttledSave'
import { registerPendingEdit } from '../../store/pendingEdits'
import {
  armKeyCatcher,
  isPressedAway,
  mayTakeFocus,
  putBackQueuedKeys,
  takeQueuedKeys,
} from '../../ui/keyCatcher'
import { isNewItem } from './newItemFlow'

/** A failed title write is tried again after this long, until it goes through. */
const RETRY_AFTER = 1000
/** While typing goes on, title writes are at most this far apart. */
const SAVE_INTERVAL = 250

interface TitleFieldOptions {
  /** In the tree ('rename') or the document ('title'): where keys typed for it were aimed. */
  field: 'rename' | 'title'
  planId: string
  nodeId: string
  /** The title as stored (follows undo and other tabs while nothing is typed). */
  stored: string
  /** Undo steps of this field merge under this key. */
  mergeKey: string
  /** Take focus (and the keys typed before it opened) on mount. */
  autoFocus: boolean
  /**
   * A key the field acts on (Enter, Tab, Escape, Backspace on empty), typed or queued; 'stay'
   * when typing goes on in this field (Tab indents), 'leave' when it opened another or closed.
   */
  onKey: (key: Extract<QueuedKey, { kind: 'key' }>, value: string) => 'stay' | 'leave'
}

/**
 * A title being typed, in the tree or the document, saved as bodies are: within 250 ms while
 * typing (each save one rename command, merged into one undo step), flushed before any command
 * and when the page hides, kept synchronously in localStorage as the page closes. Keys typed
 * before the field existed are applied when it opens.
 */
export function useTitleField(props: TitleFieldOptions) {
  const { field, planId, nodeId, stored, mergeKey, onKey, autoFocus } = props
  const inputRef = useRef<HTMLInputElement>(null)
  const [initial] = useState(stored)
  const [value, setValueState] = useState(stored)
  const valueRef = useRef(stored)
  const lastSaved = useRef(stored)
  /** The title now is another writer's (another window renamed it after this field's edits). */
  const takenOver = useRef(false)
  /**
   * Every title this field has sent to be written: the screen may show one of them before its
   * write resolves (rows are drawn from the document at once), which is this field's own, not
   * another writer's.
   */
  const sent = useRef(new Set<string>())
  /** The user has typed in this field since it opened. */
  const typedHere = useRef(false)
  /** Typed and not yet written. */
  const typed = useRef<string | null>(null)
  /** Focus belongs here: lost without a blur (the row moved in the DOM), it comes back. */
  const wantsFocus = useRef(autoFocus)
  const options = useRef({ mergeKey, onKey })
  useEffect(() => {
    options.current = { mergeKey, onKey }
  })

  const [saver] = useState(() =>
    createThrottledSave(
      async (title: string) => {
        sent.current.add(title)
        const result = await runPlanCommand(
          renameItem,
          planId,
          { id: nodeId, title },
          { flush: false, keepFocus: true, quiet: true, mergeKey: options.current.mergeKey },
        )
        if (!result.ok && result.writeFailed) {
          // Not written (a full disk): the text stays here, unsaved, and is tried again.
          setTimeout(() => typed.current === title && saver.push(title), RETRY_AFTER)
          throw new Error(result.reason)
        }
        // Written, or refused for good (the item is gone): nothing of it is left to write.
        lastSaved.current = title
        if (typed.current === title) {
          typed.current = null
          clearTitleRescue(nodeId)
        }
      },
      SAVE_INTERVAL,
      `title:${nodeId}`,
    ),
  )

  const setValue = (next: string) => {
    typedHere.current = true
    valueRef.current = next
    setValueState(next)
    if (next === lastSaved.current && typed.current === null) return
    typed.current = next
    saver.push(next)
  }

  /** Apply keys typed before the field was there; stop at one that opens another field. */
  const takeQueue = () => {
    let items = takeQueuedKeys()
    while (items.length > 0) {
      const { value: next, next: index } = applyQueuedText(valueRef.current, items)
      if (next !== valueRef.current) setValue(next)
      const stop = items[index]
      if (stop?.kind !== 'key') return
      // What follows the key is for the field it opens, ahead of anything typed since.
      putBackQueuedKeys(items.slice(index + 1))
      if (options.current.onKey(stop, next) === 'leave') return
      items = takeQueuedKeys()
    }
  }

  // Another writer changed the title (undo, another tab) while nothing is typed here: follow it.
  useEffect(() => {
    if (stored !== lastSaved.current && stored !== valueRef.current && !sent.current.has(stored))
      takenOver.current = true
    // Once the user has typed here, their text stands until they leave the field: following
    // another window's rename between two saves would splice the two titles together.
    if (typed.current === null && stored !== lastSaved.current && !typedHere.current) {
      lastSaved.current = stored
      valueRef.current = stored
      setValueState(stored)
    }
  }, [stored])

  useLayoutEffect(() => {
    const input = inputRef.current
    // The user pressed elsewhere before this opened: the keys typed for it are written to it
    // without it (deliverKeysAway), and focus stays where the user put it.
    const pressedAway = isPressedAway(field, nodeId)
    if (pressedAway) wantsFocus.current = false
    if (autoFocus && input && !pressedAway && mayTakeFocus(input)) {
      input.focus()
      input.setSelectionRange(input.value.length, input.value.length)
      takeQueue()
    }
    const flush = () => saver.flush()
    const exit = () => {
      if (typed.current !== null) writeTitleRescue(planId, nodeId, typed.current)
      void saver.flush()
    }
    const onVisibility = () => document.visibilityState === 'hidden' && exit()
    const unregister = registerPendingEdit(`title:${nodeId}`, flush, () =>
      typed.current === null ? null : { planId, nodeId, title: typed.current },
    )
    window.addEventListener('pagehide', exit)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      unregister()
      window.removeEventListener('pagehide', exit)
      document.removeEventListener('visibilitychange', onVisibility)
      // Unmounted while focused (its row remounts elsewhere): the next keys wait for the new one.
      if (input && document.activeElement === input)
        armKeyCatcher({
          field,
          planId,
          nodeId,
          title: valueRef.current,
          isNew: isNewItem(nodeId),
        })
      void saver.flush()
    }
    // Once per field: the handlers read refs.
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  // A row moved by indent / outdent loses focus without a blur: take it back in the same commit.
  useLayoutEffect(() => {
    const input = inputRef.current
    if (input && wantsFocus.current && document.activeElement === document.body) input.focus()
  })

  /** The keys a title field acts on: Enter, Ctrl+Enter, Tab, Escape, Backspace on empty. */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.altKey) return
    const mod = event.ctrlKey || event.metaKey
    const { key } = event
    const value = valueRef.current
    const acts = mod
      ? key === 'Enter'
      : key === 'Enter' ||
        key === 'Tab' ||
        key === 'Escape' ||
        (key === 'Backspace' && value === '')
    if (!acts) return
    event.preventDefault()
    event.stopPropagation()
    const queued = { kind: 'key', key: key as ControlKey, shift: event.shiftKey } as const
    options.current.onKey(mod ? { ...queued, mod } : queued, value)
  }

  return {
    inputRef,
    value,
    onKeyDown,
    valueRef,
    initial,
    /**
     * What Escape goes back to, or null: the title when the field opened, unless another window
     * renamed the item since — its rename stands (Escape takes back only this field's typing).
     */
    revertTo: () => (takenOver.current ? null : initial),
    setValue,
    flush: () => saver.flush(),
    /** The user moved focus elsewhere on purpose. */
    release: () => {
      wantsFocus.current = false
    },
    /** The user put focus here. */
    claim: () => {
      wantsFocus.current = true
    },
  }
}
