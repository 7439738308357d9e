import type { LocalCopyReport } from './localCopy.worker'

/**
 * Write the copy of the data into OPFS now, in a Worker (localCopy.worker.ts): the page's thread
 * only starts it and hears the result, so typing is never slowed. Resolves with the worker's
 * report; never rejects.
 */
export function writeLocalCopy(): Promise<LocalCopyReport> {
  if (typeof Worker === 'undefined')
    return Promise.resolve({ ok: false, error: '浏览器不支持后台线程' })
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./localCopy.worker.ts', import.meta.url), {
      type: 'module',
    })
    const done = (report: LocalCopyReport) => {
      worker.terminate()
      resolve(report)
    }
    worker.addEventListener('message', (event: MessageEvent<LocalCopyReport>) => done(event.data))
    worker.addEventListener('error', () => done({ ok: false, error: '保存本机副本时后台线程出错' }))
    worker.postMessage('write')
  })
}
