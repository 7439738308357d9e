import { makeBackupBlob, type ExportReport, type ExportRequest } from './backupExportJob'

/** The worker of 备份全部数据: the page's thread stays free while 100,000 items are read and written. */
const post = (report: ExportReport) => self.postMessage(report)

self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  makeBackupBlob(event.data.now, (stage, share) => post({ type: 'progress', stage, share })).then(
    (blob) => post({ type: 'done', blob }),
    (error: unknown) => {
      const { name, message } = error instanceof Error ? error : new Error(String(error))
      // Dexie wraps the browser's error: its inner name says whether storage failed.
      const inner = (error as { inner?: { name?: string } } | null)?.inner?.name
      post({ type: 'failed', name: inner ?? name, message })
    },
  )
})
