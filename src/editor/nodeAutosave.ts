import type { Editor } from '@tiptap/core'
import type { RichDoc } from '../domain/outline/types'
import { useSaveStore, errorMessage } from '../store/saveStore'

/** Documents above this size are written at most every 250 ms; smaller ones at once. */
const LARGE_DOC = 20_000

/**
 * Writes the live editor's body to IndexedDB soon after every change (well within 300 ms),
 * one write in flight at a time, and at once on flush (page hidden, closed, blurred).
 */
export function createNodeAutosave(editor: Editor, save: (doc: RichDoc) => Promise<void>) {
  let dirty = false
  let inFlight: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const status = useSaveStore.getState

  /** `force` chains a write behind one in flight; otherwise that write's end schedules it. */
  const write = (force = false): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!dirty || editor.isDestroyed || (inFlight && !force)) return inFlight ?? Promise.resolve()
    dirty = false
    const doc = editor.getJSON() as RichDoc
    status().begin()
    const previous = inFlight ?? Promise.resolve()
    const current = previous
      .then(() => save(doc))
      .then(
        () => status().succeed(),
        (error: unknown) => {
          // The text stays in the editor; mark dirty so the next edit or flush retries.
          dirty = true
          status().fail(`保存失败：${errorMessage(error)}（内容仍在编辑器中）`)
        },
      )
      .finally(() => {
        if (inFlight === current) inFlight = null
        status().setUnsaved(dirty)
        if (dirty) schedule()
      })
    inFlight = current
    return current
  }

  const schedule = () => {
    if (timer) return
    const delay = editor.state.doc.content.size > LARGE_DOC ? 250 : 0
    timer = setTimeout(() => void write(), delay)
  }

  return {
    changed() {
      dirty = true
      status().setUnsaved(true)
      schedule()
    },
    flush: () => write(true),
  }
}
