import type { BackupFile } from '../../domain/backup/backupFile'
import { summarizeBackup } from '../../domain/backup/backupSummary'
import { parseBackup, UNCHANGED } from '../../domain/backup/parseBackup'
import { LIMITS, overLimitMessage } from '../../domain/limits/limits'
import { restoreBackup, RestoreStopped } from '../../db/backupRepo'
import type { JobReport, JobRequest, JobStage } from './backupRestoreMessages'

/** How the bar is shared out while a file is read: its bytes, JSON.parse, the rows, references. */
const SHARE = { bytes: 0.3, parsed: 0.4, rows: 0.9 } as const

/** Read a file's bytes as UTF-8 text, reporting the share read. */
async function readText(file: Blob, onShare: (share: number) => void): Promise<string> {
  const reader = file.stream().getReader()
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  let read = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    read += value.byteLength
    parts.push(decoder.decode(value, { stream: true }))
    onShare(file.size ? read / file.size : 1)
  }
  parts.push(decoder.decode())
  return parts.join('')
}

/** A failed write in Chinese (the database's own messages are English). */
function writeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return `恢复失败：存储空间已满，备份没有写入。${UNCHANGED}`
  return `恢复失败：写入本机数据库时出错，备份没有写入。${UNCHANGED}`
}

/**
 * The work of 从备份恢复, off the page's thread (backupRestore.worker.ts runs it): read and check
 * the file, report its summary, keep the checked backup, and on 合并 or 替换 write it in one
 * transaction, reporting progress throughout. `post` sends a report to the page.
 */
export function createBackupRestoreJob(post: (report: JobReport) => void) {
  let backup: BackupFile | null = null
  let stopRequested = false
  // Only a change the bar can show is posted: the page renders each one.
  let shown = ''
  const progress = (stage: JobStage, share: number) => {
    const step = `${stage} ${Math.floor(share * 100)}`
    if (step === shown) return
    shown = step
    post({ type: 'progress', stage, share })
  }

  async function read(file: Blob): Promise<void> {
    if (file.size > LIMITS.backupBytes) {
      post({ type: 'read', ok: false, error: overLimitMessage('backupBytes', '恢复') })
      return
    }
    let text: string
    try {
      text = await readText(file, (share) => progress('reading', share * SHARE.bytes))
    } catch {
      post({ type: 'read', ok: false, error: `无法读取这个文件。${UNCHANGED}` })
      return
    }
    progress('checking', SHARE.bytes)
    const parsed = parseBackup(text, (share) =>
      progress('checking', SHARE.parsed + share * (SHARE.rows - SHARE.parsed)),
    )
    if (!parsed.ok) {
      post({ type: 'read', ok: false, error: parsed.error })
      return
    }
    backup = parsed.backup
    progress('checking', 1)
    post({ type: 'read', ok: true, summary: summarizeBackup(parsed.backup) })
  }

  async function restore(mode: 'merge' | 'replace'): Promise<void> {
    if (!backup) throw new Error('no backup read')
    stopRequested = false
    try {
      const result = await restoreBackup(backup.tables, mode, {
        onProgress: (share) => progress('writing', share),
        stopped: () => stopRequested,
      })
      post({ type: 'restored', ok: true, result })
    } catch (error) {
      const stopped = error instanceof RestoreStopped
      post({
        type: 'restored',
        ok: false,
        stopped,
        error: stopped ? `已取消恢复。${UNCHANGED}` : writeFailure(error),
      })
    }
  }

  return async function handle(request: JobRequest): Promise<void> {
    try {
      if (request.type === 'read') await read(request.file)
      else if (request.type === 'restore') await restore(request.mode)
      else stopRequested = true
    } catch {
      // Nothing in English ever reaches the user, whatever went wrong here.
      post(
        request.type === 'restore'
          ? { type: 'restored', ok: false, stopped: false, error: writeFailure(null) }
          : { type: 'read', ok: false, error: `读取备份文件时出错，无法恢复。${UNCHANGED}` },
      )
    }
  }
}
