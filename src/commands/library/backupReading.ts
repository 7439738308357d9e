import type { BackupSummary } from '../../domain/backup/backupSummary'
import { UNCHANGED } from '../../domain/backup/parseBackup'
import type { RestoreMode } from '../../db/backupRepo'
import type { JobReport, JobRequest, JobStage, RestoreDone } from './backupRestoreMessages'

export type { JobStage, RestoreDone }

export type ReadOutcome =
  | { kind: 'read'; summary: BackupSummary }
  | { kind: 'refused'; error: string }
  | { kind: 'cancelled' }

export type RestoreOutcome = ({ kind: 'done' } & RestoreDone) | { kind: 'cancelled' }

export type OnProgress = (stage: JobStage, share: number) => void

/** A backup file being read in its worker, then written by it (or let go). */
export interface BackupReading {
  /** The file's summary, its refusal, or `cancelled` when cancel() came first. */
  read: Promise<ReadOutcome>
  /** Write the checked file: resolves when committed or stopped; rejects (in Chinese) on failure. */
  restore(mode: RestoreMode, onProgress: OnProgress): Promise<RestoreOutcome>
  /** Stop: a read ends at once; a write is aborted before it commits (or it had committed). */
  cancel(): void
  /** Let the worker go (after a restore, or when the preview is left). */
  close(): void
}

const CRASHED = `读取备份文件时出错（文件可能太大，超出了浏览器可用的内存），无法恢复。${UNCHANGED}`
const WRITE_CRASHED = `恢复失败：写入时出错，备份没有写入。${UNCHANGED}`

/**
 * Start reading a backup file in a Web Worker (backupRestore.worker.ts): the page's thread only
 * hears progress, so it keeps answering input however large the file. The worker holds the
 * checked backup until restore() or close().
 */
export function startBackupReading(file: Blob, onProgress: OnProgress): BackupReading {
  const worker = new Worker(new URL('./backupRestore.worker.ts', import.meta.url), {
    type: 'module',
  })
  const send = (request: JobRequest) => worker.postMessage(request)
  let progress = onProgress
  let settleRead: (outcome: ReadOutcome) => void = () => undefined
  let writing: { resolve: (o: RestoreOutcome) => void; reject: (e: Error) => void } | null = null
  let closed = false

  const read = new Promise<ReadOutcome>((resolve) => (settleRead = resolve))
  const close = () => {
    closed = true
    worker.terminate()
    // A read still going when the worker is let go ends as cancelled (a settled one stays).
    settleRead({ kind: 'cancelled' })
  }

  worker.addEventListener('message', (event: MessageEvent<JobReport>) => {
    const report = event.data
    if (report.type === 'progress') progress(report.stage, report.share)
    else if (report.type === 'read') {
      settleRead(
        report.ok
          ? { kind: 'read', summary: report.summary }
          : { kind: 'refused', error: report.error },
      )
      if (!report.ok) close()
    } else if (report.type === 'restored') {
      const done = writing
      writing = null
      close()
      if (report.ok) done?.resolve({ kind: 'done', ...report.result })
      else if (report.stopped) done?.resolve({ kind: 'cancelled' })
      else done?.reject(new Error(report.error))
    }
  })
  // The worker died (out of memory, or it could not load): never an English message.
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    close()
    settleRead({ kind: 'refused', error: CRASHED })
    writing?.reject(new Error(WRITE_CRASHED))
    writing = null
  })
  send({ type: 'read', file })

  return {
    read,
    restore(mode, onWriteProgress) {
      if (closed) return Promise.reject(new Error(WRITE_CRASHED))
      progress = onWriteProgress
      return new Promise<RestoreOutcome>((resolve, reject) => {
        writing = { resolve, reject }
        send({ type: 'restore', mode })
      })
    },
    cancel() {
      if (writing) send({ type: 'stop' })
      else if (!closed) close()
    },
    close,
  }
}
