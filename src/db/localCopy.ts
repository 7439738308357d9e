import type { LocalCopyReport } from './localCopy.worker'

/**
 * A copy not done after this long is given up and its worker ended: a database that stopped
 * answering (Chromium after a full disk) would otherwise hold every later copy, those written
 * from memory too.
 */
const GIVE_UP_AFTER_MS = 60_000

/**
 * Write the copy of the data into OPFS now, in a Worker (localCopy.worker.ts): the page's thread
 * only starts it and hears the result, so typing is never slowed. Resolves with the worker's
 * report; never rejects.
 */
export function writeLocalCopy(signal?: AbortSignal): Promise<LocalCopyReport> {
  if (typeof Worker === 'undefined')
    return Promise.resolve({ ok: false, error: '浏览器不支持后台线程' })
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./localCopy.worker.ts', import.meta.url), {
      type: 'module',
    })
    const done = (report: LocalCopyReport) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(report)
    }
    const timer = setTimeout(
      () => done({ ok: false, error: '保存本机副本迟迟没有完成' }),
      GIVE_UP_AFTER_MS,
    )
    // Stopped (the copy is to be written from memory): the worker ends before it writes anything
    // older over that one (a writable not closed leaves the file as it was).
    signal?.addEventListener('abort', () => done({ ok: false, error: '已停止保存本机副本' }))
    worker.addEventListener('message', (event: MessageEvent<LocalCopyReport>) => done(event.data))
    worker.addEventListener('error', () => done({ ok: false, error: '保存本机副本时后台线程出错' }))
    worker.postMessage('write')
  })
}
