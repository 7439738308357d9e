import { create } from 'zustand'

/** What the status bar says about saving, driven by transaction completion, never a timer. */
interface SaveState {
  /** Writes started and not yet finished, plus edits waiting to be written. */
  pending: number
  error: string | null
  lastSavedAt: number | null
  /** The live editor has edits not yet handed to a write. */
  unsaved: boolean
  setUnsaved: (unsaved: boolean) => void
  begin: () => void
  succeed: () => void
  fail: (message: string) => void
}

export const useSaveStore = create<SaveState>((set) => ({
  pending: 0,
  error: null,
  lastSavedAt: null,
  unsaved: false,
  setUnsaved: (unsaved) => set({ unsaved }),
  begin: () => set((state) => ({ pending: state.pending + 1 })),
  succeed: () =>
    set((state) => ({
      pending: Math.max(0, state.pending - 1),
      error: null,
      lastSavedAt: Date.now(),
    })),
  fail: (message) => set((state) => ({ pending: Math.max(0, state.pending - 1), error: message })),
}))

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
    return error.message
  }
  return String(error)
}
