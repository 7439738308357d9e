/**
 * Saves the latest value at once after a pause, then at most every `interval` ms while changes
 * keep coming; `flush` saves what is pending now. For fields whose every keystroke would
 * otherwise re-read a whole plan.
 */
export function createThrottledSave<T>(save: (value: T) => Promise<unknown>, interval = 250) {
  let pending: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSaveAt = -Infinity

  const run = () => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!pending) return
    const { value } = pending
    pending = null
    lastSaveAt = Date.now()
    // The caller reports failures (trackSave); nothing to add here.
    save(value).catch(() => undefined)
  }

  return {
    push(value: T) {
      pending = { value }
      if (!timer) timer = setTimeout(run, Math.max(0, lastSaveAt + interval - Date.now()))
    },
    flush: run,
  }
}
