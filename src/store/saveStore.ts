import { create } from 'zustand'
import { setDocumentSaveReporter } from '../db/documentUpdates'
import { chineseErrorMessage } from '../domain/errors/chineseErrorMessage'

/**
 * What the status bar says about saving, driven by transaction completion, never a timer:
 * 正在保存… while a write is in flight or any field holds typed text that no completed write
 * holds yet; 已保存 only when neither is left.
 */
interface SaveState {
  /** Writes started and not yet finished. */
  pending: number
  /** Fields (one key per open field) holding typed text not yet in a completed transaction. */
  unsaved: ReadonlySet<string>
  error: string | null
  lastSavedAt: number | null
  begin: () => void
  succeed: () => void
  fail: (message: string) => void
}

export const useSaveStore = create<SaveState>((set) => ({
  pending: 0,
  unsaved: new Set(),
  error: null,
  lastSavedAt: null,
  begin: () => set((state) => ({ pending: state.pending + 1 })),
  succeed: () =>
    set((state) => ({
      pending: Math.max(0, state.pending - 1),
      error: null,
      lastSavedAt: Date.now(),
    })),
  fail: (message) => set((state) => ({ pending: Math.max(0, state.pending - 1), error: message })),
}))

/** Whether the status bar may say 已保存: nothing in flight, nothing typed and unwritten. */
export const isAllSaved = (state: SaveState): boolean =>
  state.pending === 0 && state.unsaved.size === 0

function markUnsaved(key: string, unsaved: boolean): void {
  useSaveStore.setState((state) => {
    if (state.unsaved.has(key) === unsaved) return state
    const next = new Set(state.unsaved)
    if (unsaved) next.add(key)
    else next.delete(key)
    return { unsaved: next }
  })
}

let fields = 0

/**
 * The one account of "typed and not yet stored", for every field that saves as it is typed
 * (titles, bodies, the preamble): unsaved from the keystroke (`typed`) until the write that took
 * the text of that keystroke or a later one (`writing` gives its version) has completed
 * (`written`). A failed write leaves the field unsaved.
 */
export function trackUnsaved(name: string) {
  const key = `${name}#${++fields}`
  let typed = 0
  let stored = 0
  return {
    /** A keystroke (or any change) the field holds and no write has taken yet. */
    typed(): void {
      typed += 1
      markUnsaved(key, true)
    },
    /** A write takes the field's text as it is now: its version, for `written`. */
    writing(): number {
      return typed
    },
    /** The transaction holding `version` completed. */
    written(version: number): void {
      stored = Math.max(stored, version)
      if (stored >= typed) markUnsaved(key, false)
    },
    /** The field is gone and can write no more (what it held is kept elsewhere or refused). */
    forget(): void {
      markUnsaved(key, false)
    },
  }
}

export type UnsavedTracker = ReturnType<typeof trackUnsaved>

/** Run a write and report it in the save status; rethrows so callers can react. */
export async function trackSave<T>(write: () => Promise<T>): Promise<T> {
  const { begin, succeed, fail } = useSaveStore.getState()
  begin()
  try {
    const result = await write()
    succeed()
    return result
  } catch (error) {
    fail(errorMessage(error))
    throw error
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    // Dexie wraps the browser's error (an AbortError around a QuotaExceededError).
    const name = (error as { inner?: Error }).inner?.name ?? error.name
    if (name === 'QuotaExceededError' || error.name === 'QuotaExceededError')
      return '存储空间已满，无法保存'
    if (['UnknownError', 'DatabaseClosedError'].includes(name))
      return '无法写入本机数据库（磁盘可能已满）'
  }
  return chineseErrorMessage(error, '保存')
}

// A document's updates on their way to IndexedDB keep the status at 正在保存…: 已保存 only when
// IndexedDB holds every keystroke of the live body editor (db/documentUpdates). Each open
// document reports whether it holds any (a state, so nothing can be counted twice or lost).
const refusedMessage = (error: unknown) => `保存失败：${errorMessage(error)}（内容仍在编辑器中）`
setDocumentSaveReporter({
  begin: () => useSaveStore.getState().begin(),
  succeed: () => useSaveStore.getState().succeed(),
  fail: (error) => useSaveStore.getState().fail(refusedMessage(error)),
  holding: (key, holding) => {
    const had = useSaveStore.getState().unsaved.has(key)
    markUnsaved(key, holding)
    // Everything it held is stored now: writes work (a refusal before is over).
    if (had && !holding) useSaveStore.setState({ error: null, lastSavedAt: Date.now() })
  },
  refused: (error) => useSaveStore.setState({ error: refusedMessage(error) }),
})
