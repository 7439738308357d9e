import { makeBackupBlob, type ExportReport, type OnExportProgress } from './backupExportJob'

/** Stopped by 取消: nothing is downloaded and the backup time is not recorded. */
export const exportCancelled = () => new DOMException('已取消备份', 'AbortError')

/**
 * 备份全部数据's file made in a Web Worker (backupExport.worker.ts): the page only hears the
 * progress and gets the finished Blob. `signal` ends the worker at once. Where no worker can
 * start (the unit tests' Node) the file is made here.
 */
export function makeBackupInWorker(
  now: number,
  onProgress: OnExportProgress,
  signal?: AbortSignal,
): Promise<Blob> {
  if (signal?.aborted) return Promise.reject(exportCancelled())
  if (typeof Worker === 'undefined') return makeBackupBlob(now, onProgress)
  const worker = new Worker(new URL('./backupExport.worker.ts', import.meta.url), {
    type: 'module',
  })
  return new Promise<Blob>((resolve, reject) => {
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      finish()
      reject(exportCancelled())
    }
    signal?.addEventListener('abort', abort)
    worker.addEventListener('message', (event: MessageEvent<ExportReport>) => {
      const report = event.data
      if (report.type === 'progress') return onProgress(report.stage, report.share)
      finish()
      if (report.type === 'done') resolve(report.blob)
      else reject(Object.assign(new Error(report.message), { name: report.name }))
    })
    // The worker died (out of memory, or it could not load): said in Chinese by the caller.
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      finish()
      reject(new Error('生成备份文件时出错（可能超出了浏览器可用的内存）'))
    })
    worker.postMessage({ now })
  })
}
