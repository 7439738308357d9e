import type { Snapshot } from '../history/types'
import type { OutlineNode, Plan } from '../outline/types'
import type { Phrase, PhraseCategory } from '../phrases/types'
import type { Template } from '../templates/types'

export const BACKUP_FORMAT = 'plandraft-backup'
/**
 * Bump when a table or a field is added: an older app then refuses the file instead of losing data.
 * Version 2 adds the templates table; version 1 files (without it) are still read.
 */
export const BACKUP_VERSION = 2

/** A settings row as stored (the db's SettingRow, which the domain cannot import). */
export interface BackupSetting {
  key: string
  value: unknown
}

/** Every table that holds the user's data, row by row as stored (drafts folded in first). */
export interface BackupTables {
  plans: Plan[]
  nodes: OutlineNode[]
  phrases: Phrase[]
  phraseCategories: PhraseCategory[]
  snapshots: Snapshot[]
  settings: BackupSetting[]
  /** Templates, built-in and the user's own (version 2 on; a version 1 file reads as none). */
  templates: Template[]
}

/** The one file of 备份全部数据. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: number
  /** ISO time of the export. */
  exportedAt: string
  appVersion?: string
  tables: BackupTables
}

export function buildBackupFile(tables: BackupTables, now: Date, appVersion?: string): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    ...(appVersion ? { appVersion } : {}),
    tables,
  }
}

/** Compact JSON: a backup of 2,000 items with history is large, and nobody diffs it by hand. */
export const serializeBackup = (file: BackupFile): string => JSON.stringify(file)

const pad = (value: number) => String(value).padStart(2, '0')

/** 计划起草备份-2026-11-27.json, in local time (the day the user sees). */
export function backupFileName(now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `计划起草备份-${day}.json`
}
