import type { BackupSummary } from '../../domain/backup/backupSummary'
import type { RestoreMode } from '../../db/backupRepo'

/** What the page asks of the backup worker. */
export type JobRequest =
  | { type: 'read'; file: Blob }
  | { type: 'restore'; mode: RestoreMode }
  /** Stop the restore before it commits (a read is stopped by ending the worker). */
  | { type: 'stop' }

/** 读取 (the file's bytes), 检查 (JSON, rows, references), 写入 (the restore). */
export type JobStage = 'reading' | 'checking' | 'writing'

export interface RestoreDone {
  plans: number
  skippedPhrases: number
  skippedPlans: number
}

/** What the worker tells the page. Every `error` is one Chinese sentence for the user. */
export type JobReport =
  | { type: 'progress'; stage: JobStage; share: number }
  | { type: 'read'; ok: true; summary: BackupSummary }
  | { type: 'read'; ok: false; error: string }
  | { type: 'restored'; ok: true; result: RestoreDone }
  | { type: 'restored'; ok: false; stopped: boolean; error: string }
