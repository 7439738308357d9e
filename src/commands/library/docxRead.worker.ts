import { readDocx } from '../../domain/import/docx/readDocx'
import { packDocx, type DocxWorkerReport } from './docxReading'

/**
 * The worker that reads a Word file for 导入上一年计划: unzipping and parsing a large .docx takes
 * a second or more, which the page's thread must not spend. Answers one message with the result.
 */
self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  void readDocx(event.data).then((result) =>
    self.postMessage({ type: 'result', result: packDocx(result) } satisfies DocxWorkerReport),
  )
})
// Loaded: from here on a death is a failed read, not a worker that could not start.
self.postMessage({ type: 'ready' } satisfies DocxWorkerReport)
