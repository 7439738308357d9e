import type { ReadDocxResult } from '../../domain/import/docx/readDocx'
import type { SourceLine } from '../../domain/import/types'

/** The refusal when the worker died while reading (out of memory): never an English message. */
export const DOCX_WORKER_CRASHED =
  '读取 Word 文件时出错（文件可能太大，超出了浏览器可用的内存），无法导入。未做任何更改。'

/** Lines of a Word file shown before the parse (enough to tell 繁体). */
const SAMPLE_LINES = 2_000

/**
 * A Word file as read, packed for the page: its lines as one JSON string (handed on to the
 * parsing worker as it is), their count, the first lines, and whether any has text. The page
 * never unpacks 90,000 paragraphs itself: a message of that many objects took 250–370 ms of the
 * page's thread to receive and as long to send on (1.2–1.6 s under load); a string is copied.
 */
export interface PackedDocx {
  ok: true
  linesJson: string
  lineCount: number
  sample: SourceLine[]
  hasText: boolean
  notes: string[]
}

export type PackedDocxResult = PackedDocx | { ok: false; error: string }

/** A reader's result packed as above (in the worker, or on the page where there is none). */
export function packDocx(result: ReadDocxResult): PackedDocxResult {
  if (!result.ok) return result
  const { lines, notes } = result
  return {
    ok: true,
    linesJson: JSON.stringify(lines),
    lineCount: lines.length,
    sample: lines.slice(0, SAMPLE_LINES),
    hasText: lines.some((line) => line.text.trim() !== ''),
    notes,
  }
}

/** What reading a Word file ends with: the packed read, or `cancelled` after the signal. */
export type DocxReadOutcome = PackedDocxResult | { ok: false; cancelled: true }

/** What docxRead.worker.ts tells the page: it has loaded; then the read's result. */
export type DocxWorkerReport = { type: 'ready' } | { type: 'result'; result: PackedDocxResult }

async function readOnThisPage(bytes: Uint8Array): Promise<PackedDocxResult> {
  // The Word reader (and its unzip library) is fetched only when a .docx is opened.
  const { readDocx } = await import('../../domain/import/docx/readDocx')
  return packDocx(await readDocx(bytes))
}

/**
 * Reads a .docx file's bytes in a Web Worker (docxRead.worker.ts), so the page keeps answering
 * input while a large file is unzipped and parsed. Where no worker can be started (vitest, or a
 * worker that fails to load) the file is read on this page instead. `signal` stops the read: the
 * worker is let go and the outcome is `cancelled`.
 */
export function readDocxOffPage(bytes: Uint8Array, signal?: AbortSignal): Promise<DocxReadOutcome> {
  if (typeof Worker === 'undefined') return readOnThisPage(bytes)
  let worker: Worker
  try {
    worker = new Worker(new URL('./docxRead.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return readOnThisPage(bytes)
  }
  return new Promise<DocxReadOutcome>((resolve) => {
    let answered = false
    const settle = (outcome: DocxReadOutcome) => {
      if (answered) return
      answered = true
      worker.terminate()
      signal?.removeEventListener('abort', stop)
      resolve(outcome)
    }
    const stop = () => settle({ ok: false, cancelled: true })
    if (signal?.aborted) return stop()
    signal?.addEventListener('abort', stop)
    // A worker that dies mid-read ran out of memory; one that could not load never started.
    let started = false
    worker.addEventListener('message', (event: MessageEvent<DocxWorkerReport>) => {
      if (event.data.type === 'ready') started = true
      else settle(event.data.result)
    })
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      if (started) settle({ ok: false, error: DOCX_WORKER_CRASHED })
      else {
        worker.terminate()
        void readOnThisPage(bytes).then(settle)
      }
    })
    // The bytes are copied, not moved: the page keeps them for a fallback read.
    worker.postMessage(bytes)
  })
}
