import { useState } from 'react'
import {
  deleteMigrationBackupCommand,
  downloadMigrationBackupCommand,
} from '../../commands/library/migrationBackupCommands'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { useMigrationBackups } from '../../data/backupQueries'
import type { MigrationBackupInfo } from '../../db/migrationBackupRepo'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { showToast } from '../../store/toastStore'
import { downloadFile } from '../../ui/downloadFile'

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`

const dayText = (time: number) =>
  new Date(time).toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short' })

/**
 * 升级前的备份, in 备份与恢复 while the database holds one: the whole data as it was before this
 * version made every plan a document (kept once by the upgrade). 下载 gives the file that
 * 从备份恢复 reads; 删除 (asked first) frees the space.
 */
export function MigrationBackupPart() {
  const backups = useMigrationBackups()
  const [asking, setAsking] = useState<string | null>(null)
  if (!backups?.length) return null
  return (
    <section className="backup-part" aria-labelledby="migration-backup-title">
      <h3 id="migration-backup-title">升级前的备份</h3>
      {backups.map((backup) => (
        <div key={backup.id} className="migration-backup">
          <p>
            本应用升级到新的保存方式前，已自动把全部数据备份在本机（{dayText(backup.createdAt)}，
            {backup.plans} 个计划，{sizeText(backup.bytes)}）。下载后可用“选择备份文件…”恢复。
          </p>
          {asking === backup.id ? (
            <div role="group" aria-label="确认删除升级前的备份" className="dialog-actions">
              <span className="form-error">删除后无法找回，确定删除？</span>
              <button
                type="button"
                className="danger"
                autoFocus
                onClick={() => void remove(backup)}
              >
                确定删除
              </button>
              <button type="button" onClick={() => setAsking(null)}>
                取消
              </button>
            </div>
          ) : (
            <div className="dialog-actions">
              <button type="button" onClick={() => void download(backup)}>
                下载升级前的备份
              </button>
              <button type="button" onClick={() => setAsking(backup.id)}>
                删除升级前的备份…
              </button>
            </div>
          )}
        </div>
      ))}
    </section>
  )

  async function remove(backup: MigrationBackupInfo) {
    setAsking(null)
    try {
      await runLibraryCommand(deleteMigrationBackupCommand, backup.id)
      showToast('已删除升级前的备份')
    } catch (error) {
      showToast(`删除失败：${chineseErrorMessage(error, '删除')}`, 'error')
    }
  }
}

async function download(backup: MigrationBackupInfo) {
  try {
    const { blob, fileName } = await runLibraryCommand(downloadMigrationBackupCommand, backup)
    downloadFile(blob, fileName)
    showToast(`已下载升级前的备份“${fileName}”，请妥善保存`)
  } catch (error) {
    showToast(`下载失败：${chineseErrorMessage(error, '下载')}`, 'error')
  }
}
