/**
 * Saves the latest value at once after a pause, then at most every `interval` ms while changes
 * keep coming; `flush` saves what is pending now. Saves run one after another, in order, and
 * `flush` resolves when everything pushed so far is written.
 */
export function createThrottledSave<T>(save: (value: T) => Promise<unknown>, interval = 250) {
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
    // The caller reports failures (trackSave); nothing to add here.
    chain = chain
      .then(() => save(value))
      .then(
        () => undefined,
        () => undefined,
      )
    return chain
  }

  return {
    push(value: T) {
      pending = { value }
      if (!timer) timer = setTimeout(run, Math.max(0, lastSaveAt + interval - Date.now()))
    },
    flush: run,
    get dirty() {
      return pending !== null
    },
  }
}
