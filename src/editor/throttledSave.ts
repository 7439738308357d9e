import { trackUnsaved } from '../store/saveStore'

/**
 * Saves the latest value at once after a pause, then at most every `interval` ms while changes
 * keep coming; `flush` saves what is pending now. Saves run one after another, in order, and
 * `flush` resolves when everything pushed so far is written. From each `push` until a save
 * holding it has resolved, the status bar says 正在保存… (`save` rejects when it did not write).
 */
export function createThrottledSave<T>(
  save: (value: T) => Promise<unknown>,
  interval = 250,
  name = 'field',
) {
  const unsaved = trackUnsaved(name)
  let pending: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSaveAt = -Infinity
  let chain: Promise<void> = Promise.resolve()

  const run = (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!pending) return chain
    const { value } = pending
    pending = null
    lastSaveAt = Date.now()
    const version = unsaved.writing()
    // The caller reports failures (trackSave); a failed save leaves the value unsaved.
    chain = chain
      .then(() => save(value))
      .then(
        () => unsaved.written(version),
        () => undefined,
      )
    return chain
  }

  return {
    push(value: T) {
      unsaved.typed()
      pending = { value }
      if (!timer) timer = setTimeout(run, Math.max(0, lastSaveAt + interval - Date.now()))
    },
    flush: run,
    get dirty() {
      return pending !== null
    },
  }
}
