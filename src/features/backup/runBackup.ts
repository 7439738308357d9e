import { exportBackupCommand } from '../../commands/library/backupCommands'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { showToast } from '../../store/toastStore'
import { downloadFile } from '../../ui/downloadFile'

/** 备份全部数据: write the file and hand it to the download; says how it went in a toast. */
export async function runBackup(): Promise<void> {
  try {
    const { fileName, text } = await runLibraryCommand(exportBackupCommand, undefined)
    downloadFile(new Blob([text], { type: 'application/json' }), fileName)
    showToast(`已下载备份“${fileName}”，请妥善保存`)
  } catch (error) {
    showToast(`备份失败：${error instanceof Error ? error.message : String(error)}`, 'error')
  }
}
