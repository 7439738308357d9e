import { decodeAndCount, type TextDecodeRequest, type TextWorkerReport } from './textDecoding'

/**
 * The worker that decodes a text file for 导入上一年计划: detecting the encoding of a 20 MB file
 * reads it up to three times, over a second the page's thread must not spend. Answers one message.
 */
self.addEventListener('message', (event: MessageEvent<TextDecodeRequest>) => {
  const decoded = decodeAndCount(event.data.bytes, event.data.encoding)
  self.postMessage({ type: 'result', decoded } satisfies TextWorkerReport)
})
// Loaded: from here on a death is a failed decode, not a worker that could not start.
self.postMessage({ type: 'ready' } satisfies TextWorkerReport)
