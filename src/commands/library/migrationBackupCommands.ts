import {
  compactMigrationBackups,
  deleteMigrationBackup,
  migrationBackupText,
  type MigrationBackupInfo,
} from '../../db/migrationBackupRepo'
import type { BackupDownload } from './backupCommands'
import type { LibraryCommand } from './libraryCommand'

const pad = (value: number) => String(value).padStart(2, '0')

/** 计划起草升级前备份-2026-12-04.json, by the day the upgrade ran (local time). */
export function migrationBackupFileName(createdAt: number): string {
  const day = new Date(createdAt)
  return `计划起草升级前备份-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.json`
}

/**
 * 下载升级前的备份: the backup the upgrade kept in the database, as the 备份全部数据 file it is
 * (从备份恢复 reads it back).
 */
export const downloadMigrationBackupCommand: LibraryCommand<MigrationBackupInfo, BackupDownload> = {
  name: 'downloadMigrationBackup',
  label: '下载升级前的备份',
  perform: async ({ id, createdAt }) => {
    const text = await migrationBackupText(id)
    if (text === undefined) throw new Error('升级前的备份已被删除')
    return {
      fileName: migrationBackupFileName(createdAt),
      blob: new Blob([text], { type: 'application/json' }),
    }
  },
}

/** 删除升级前的备份 (asked first): the space it takes is given back. */
export const deleteMigrationBackupCommand: LibraryCommand<string, void> = {
  name: 'deleteMigrationBackup',
  label: '删除升级前的备份',
  perform: (id) => deleteMigrationBackup(id),
}

/** At start: the backup an upgrade kept as text is kept gzipped (not the user's edit). */
export const compactMigrationBackupsCommand: LibraryCommand<void, void> = {
  name: 'compactMigrationBackups',
  label: '压缩升级前的备份',
  perform: () => compactMigrationBackups(),
}
