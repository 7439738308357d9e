/**
 * The import parser off the page's thread, for a large text: the dialog shows its progress and
 * stays answerable; 取消 ends the worker. Loaded from this origin, as the CSP's worker-src allows.
 */
import { parseImport } from '../../domain/import/parseImport'
import type { ParseRequest, ParseReply } from './parseInWorker'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null
  postMessage: (reply: ParseReply) => void
}

scope.onmessage = ({ data }) => {
  const parse = parseImport(data.lines, {
    fileName: data.fileName,
    onProgress: (share) => scope.postMessage({ kind: 'progress', share }),
  })
  scope.postMessage({ kind: 'done', parse })
}
