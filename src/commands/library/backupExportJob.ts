import {
  backupFileChunks,
  backupRowCount,
  buildBackupFile,
  type BackupFile,
} from '../../domain/backup/backupFile'
import { readBackupSnapshot } from '../../db/backupRepo'

/** 读取 (the database's rows) and 生成 (the file's text). */
export type ExportStage = 'reading' | 'writing'

export type OnExportProgress = (stage: ExportStage, share: number) => void

/** What the backup export worker tells the page. */
export type ExportReport =
  | { type: 'progress'; stage: ExportStage; share: number }
  | { type: 'done'; blob: Blob }
  /** `name`: the error's name (a storage error sends the page to the backup from memory). */
  | { type: 'failed'; name: string; message: string }

/** What the page asks of the backup export worker. */
export interface ExportRequest {
  now: number
}

/** Time spent making chunks before `pause` is called (on the page's thread). */
const SLICE_MS = 12

/**
 * The file as a Blob, its text made in chunks (backupFileChunks) with the share made told after
 * each; `pause`, when given, is awaited every few milliseconds of work (the page's thread then
 * answers input in between). The whole text is never one string.
 */
export async function backupFileBlob(
  file: BackupFile,
  onShare: (share: number) => void,
  pause?: () => Promise<void>,
): Promise<Blob> {
  const total = backupRowCount(file)
  const parts: string[] = []
  let done = 0
  let sliceStart = performance.now()
  for (const chunk of backupFileChunks(file)) {
    parts.push(chunk.text)
    if (chunk.rows === 0) continue
    done += chunk.rows
    onShare(total ? done / total : 1)
    if (pause && performance.now() - sliceStart > SLICE_MS) {
      await pause()
      sliceStart = performance.now()
    }
  }
  onShare(1)
  return new Blob(parts, { type: 'application/json' })
}

/**
 * 备份全部数据's file, made from the database (backupExport.worker.ts runs it off the page's
 * thread): every table read in one transaction, then written out as JSON, with progress.
 */
export async function makeBackupBlob(now: number, onProgress: OnExportProgress): Promise<Blob> {
  // Only a change the bar can show is passed on: the page renders each one.
  let shown = ''
  const progress = (stage: ExportStage, share: number) => {
    const step = `${stage} ${Math.floor(share * 100)}`
    if (step === shown) return
    shown = step
    onProgress(stage, share)
  }
  const tables = await readBackupSnapshot(now, (share) => progress('reading', share))
  return backupFileBlob(buildBackupFile(tables, new Date(now)), (share) =>
    progress('writing', share),
  )
}
