import type { Editor } from '@tiptap/core'
import type { RichDoc } from '../domain/outline/types'
import { errorMessage, trackUnsaved, useSaveStore } from '../store/saveStore'

/** While typing goes on, writes are at most this far apart (every edit is stored within 300 ms). */
const WRITE_INTERVAL = 250
/** How long typed text may stay a draft before it is folded into the plan (counts, other tabs). */
const COMMIT_INTERVAL = 3000

/**
 * Writes the live editor's body to IndexedDB: the first edit after a pause at once, then at
 * most every 250 ms while typing goes on, one write in flight at a time; and at once on flush
 * (page hidden, closed, blurred).
 */
export function createNodeAutosave(
  editor: Editor,
  save: (doc: RichDoc) => Promise<void>,
  commit?: () => Promise<void>,
  rescue?: { write: (doc: RichDoc) => void; clear: () => void },
  name = 'body',
) {
  /** 正在保存… from the keystroke until the write holding it has completed. */
  const unsaved = trackUnsaved(name)
  let dirty = false
  let commitTimer: ReturnType<typeof setTimeout> | null = null
  const commitNow = (): Promise<void> => {
    if (commitTimer) clearTimeout(commitTimer)
    commitTimer = null
    return commit ? commit().catch(() => undefined) : Promise.resolve()
  }
  let inFlight: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastWriteAt = 0
  const status = useSaveStore.getState

  /** `force` chains a write behind one in flight; otherwise that write's end schedules it. */
  const write = (force = false): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    if (dirty && editor.isDestroyed) {
      // Nothing can be read from it any more (its last text went out with close, or the rescue).
      dirty = false
      unsaved.forget()
    }
    if (!dirty || (inFlight && !force)) return inFlight ?? Promise.resolve()
    dirty = false
    lastWriteAt = performance.now()
    const version = unsaved.writing()
    const doc = editor.getJSON() as RichDoc
    status().begin()
    const previous = inFlight ?? Promise.resolve()
    const current = previous
      .then(() => save(doc))
      .then(
        () => {
          unsaved.written(version)
          status().succeed()
          if (commit && !commitTimer)
            commitTimer = setTimeout(() => void commitNow(), COMMIT_INTERVAL)
        },
        (error: unknown) => {
          // The text stays in the editor; mark dirty so the next edit or flush retries.
          dirty = true
          status().fail(`保存失败：${errorMessage(error)}（内容仍在编辑器中）`)
        },
      )
      .finally(() => {
        if (inFlight === current) inFlight = null
        if (!dirty && !inFlight) rescue?.clear()
        if (dirty) schedule()
      })
    inFlight = current
    return current
  }

  const schedule = () => {
    if (timer) return
    const wait = Math.max(0, lastWriteAt + WRITE_INTERVAL - performance.now())
    timer = setTimeout(() => void write(), wait)
  }

  let typed = false
  return {
    /** Whether anything was typed in this editor (another window's text may not replace it). */
    hasTyped: () => typed,
    /** Text typed and not yet stored (waiting, being written, or refused by a full disk). */
    hasUnsaved: () => dirty || inFlight !== null,
    changed() {
      typed = true
      dirty = true
      unsaved.typed()
      schedule()
    },
    flush: () => write(true),
    /** The page is going away: keep unsaved text synchronously, then try the normal write. */
    flushForExit: () => {
      if ((dirty || inFlight) && !editor.isDestroyed) rescue?.write(editor.getJSON() as RichDoc)
      return write(true)
    },
    /** The editor closes: store the last edits, then fold them into the plan. */
    close: () => write(true).then(commitNow),
  }
}
