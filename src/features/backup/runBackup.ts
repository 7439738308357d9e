import {
  exportBackupCommand,
  exportMemoryBackupCommand,
  keepWipedStoreCommand,
  restoreLocalCopyCommand,
  writeBackMemoryCommand,
  type BackupDownload,
  type BackupExportOptions,
} from '../../commands/library/backupCommands'
import {
  recoverFromCopyCommand,
  skipCopyRecoveryCommand,
} from '../../commands/library/copyRecoveryCommands'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { isStorageError } from '../../db/memoryMirror'
import { useBackupProgress } from '../../store/backupProgressStore'
import { unsavedTexts } from '../../store/pendingEdits'
import { healthLevel, useStorageHealth } from '../../store/storageHealthStore'
import { showToast } from '../../store/toastStore'
import { downloadFile } from '../../ui/downloadFile'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'

function download({ fileName, blob }: BackupDownload): void {
  downloadFile(blob, fileName)
  showToast(`已下载备份“${fileName}”，请妥善保存`)
}

/** From memory: every plan and the text being typed, without touching the failing database. */
async function backupFromMemory(options: BackupExportOptions): Promise<void> {
  download(await exportMemoryBackupCommand.perform({ unsaved: unsavedTexts(), ...options }))
}

/**
 * 备份全部数据: make the file (with a progress dialog and 取消, BackupProgressDialog) and hand
 * it to the download; says how it went in a toast. When storage fails (a full disk, a recreated
 * database) the file is made from memory instead. One backup at a time.
 */
export async function runBackup(): Promise<void> {
  if (useBackupProgress.getState().running) return
  const controller = new AbortController()
  const cancel = () => controller.abort()
  const options: BackupExportOptions = {
    signal: controller.signal,
    onProgress: (stage, share) => useBackupProgress.setState({ running: { stage, share, cancel } }),
  }
  useBackupProgress.setState({ running: { stage: 'reading', share: 0, cancel } })
  try {
    const level = healthLevel(useStorageHealth.getState())
    if (level === 'full' || level === 'lost') return await backupFromMemory(options)
    try {
      download(await runLibraryCommand(exportBackupCommand, options))
    } catch (error) {
      if (controller.signal.aborted) throw error
      if (!isStorageError(error) && (error as Error)?.name !== 'AbortError') throw error
      await backupFromMemory(options)
    }
  } catch (error) {
    if (controller.signal.aborted) showToast('已取消备份，没有下载文件')
    else showToast(`备份失败：${chineseErrorMessage(error, '备份')}`, 'error')
  } finally {
    useBackupProgress.setState({ running: null })
  }
}

/** 写回数据库: everything memory holds goes back into the database; says how it went. */
export async function runWriteBack(): Promise<void> {
  try {
    const plans = await writeBackMemoryCommand.perform(undefined)
    showToast(`已写回数据库：${plans} 个计划，内容完整`)
  } catch (error) {
    showToast(
      `写回失败：${isStorageError(error) ? '存储空间仍然不足，请先腾出磁盘空间' : chineseErrorMessage(error, '写回')}`,
      'error',
    )
  }
}

/** 恢复 (from the copy in OPFS, after the browser deleted the database); says how it went. */
export async function runRestoreLocalCopy(): Promise<void> {
  try {
    const plans = await runLibraryCommand(restoreLocalCopyCommand, () => undefined)
    showToast(`已从本机副本恢复 ${plans} 个计划`)
  } catch (error) {
    showToast(`恢复失败：${chineseErrorMessage(error, '恢复')}`, 'error')
  }
}

/** 不恢复: keep the database as it is now. */
export async function runKeepWipedStore(): Promise<void> {
  await runLibraryCommand(keepWipedStoreCommand, undefined).catch(() => undefined)
}

/** 找回这些内容 (from the copy written while the disk was full); says how it went. */
export async function runRecoverFromCopy(): Promise<void> {
  try {
    // The plans offered at start: typed in since, they are found back all the same (the text
    // typed since is kept in the version 找回之前).
    const offered = useStorageHealth.getState().recoverable ?? undefined
    const plans = await runLibraryCommand(recoverFromCopyCommand, offered)
    showToast(`已找回 ${plans} 个计划的内容（找回之前的内容已存为历史版本“找回之前”）`)
  } catch (error) {
    showToast(`找回失败：${chineseErrorMessage(error, '找回')}`, 'error')
  }
}

/** 不找回: keep the database as it is. */
export async function runSkipCopyRecovery(): Promise<void> {
  await runLibraryCommand(skipCopyRecoveryCommand, undefined).catch(() => undefined)
}
