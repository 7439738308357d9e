import {
  decodeText,
  type DecodeTextResult,
  type TextEncodingName,
} from '../../domain/import/decodeText'
import { countLines } from '../../domain/import/sourceLinesFromText'

/** The refusal when the worker died while decoding (out of memory): never an English message. */
export const TEXT_WORKER_CRASHED =
  '读取文本文件时出错（文件可能太大，超出了浏览器可用的内存），无法导入。未做任何更改。'

/**
 * From this many bytes on a text file is decoded in a worker: the encoding's detection reads the
 * whole file up to three times (UTF-8, GB18030, Shift-JIS or Big5), about 0.1 s a megabyte on the
 * page's thread. Smaller files are decoded at once, without a worker's start.
 */
export const TEXT_WORKER_BYTES = 256 * 1024

/** A file's bytes decoded, and the lines of its text (0 when refused), counted where it ran. */
export interface DecodedText {
  result: DecodeTextResult
  lines: number
}

/** What decoding ends with: the text and its lines, or `cancelled` after the signal. */
export type TextDecodeOutcome = DecodedText | { cancelled: true }

/** What the page asks textDecode.worker.ts: these bytes, in this encoding or detected. */
export interface TextDecodeRequest {
  bytes: Uint8Array
  encoding?: TextEncodingName
}

/** What textDecode.worker.ts tells the page: it has loaded; then the decoded text. */
export type TextWorkerReport = { type: 'ready' } | { type: 'result'; decoded: DecodedText }

/** Decodes and counts the lines, here and now (the worker does the same). */
export function decodeAndCount(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  const result = decodeText(bytes, encoding)
  return { result, lines: result.ok ? countLines(result.text) : 0 }
}

/**
 * Decodes a .txt file's bytes (detecting the encoding unless `encoding` forces one) in a Web
 * Worker (textDecode.worker.ts) when the file is large, so the page keeps answering input. Where
 * no worker can be started (vitest, or a worker that fails to load) it is decoded on this page.
 * `signal` stops it: the worker is let go and the outcome is `cancelled`.
 */
export function decodeTextOffPage(
  bytes: Uint8Array,
  encoding?: TextEncodingName,
  signal?: AbortSignal,
): Promise<TextDecodeOutcome> {
  if (signal?.aborted) return Promise.resolve({ cancelled: true })
  const here = () => Promise.resolve(decodeAndCount(bytes, encoding))
  if (typeof Worker === 'undefined' || bytes.length < TEXT_WORKER_BYTES) return here()
  let worker: Worker
  try {
    worker = new Worker(new URL('./textDecode.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return here()
  }
  return new Promise<TextDecodeOutcome>((resolve) => {
    let answered = false
    const settle = (outcome: TextDecodeOutcome) => {
      if (answered) return
      answered = true
      worker.terminate()
      signal?.removeEventListener('abort', stop)
      resolve(outcome)
    }
    const stop = () => settle({ cancelled: true })
    signal?.addEventListener('abort', stop)
    // A worker that dies mid-decode ran out of memory; one that could not load never started.
    let started = false
    worker.addEventListener('message', (event: MessageEvent<TextWorkerReport>) => {
      if (event.data.type === 'ready') started = true
      else settle(event.data.decoded)
    })
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      if (started) settle({ result: { ok: false, error: TEXT_WORKER_CRASHED }, lines: 0 })
      else {
        worker.terminate()
        // Decoded here after all: the page is held for it, but the file is read.
        if (!answered && !signal?.aborted) void here().then(settle)
      }
    })
    // The bytes are copied, not moved: the page keeps them for another encoding.
    worker.postMessage({ bytes, encoding } satisfies TextDecodeRequest)
  })
}
