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

/** Every table that holds the user's data, row by row as stored. */
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

/** Rows per chunk of backupFileChunks: a few milliseconds of JSON.stringify each. */
const CHUNK_ROWS = 1_000

/** One piece of the file's text and how many table rows it holds. */
export interface BackupChunk {
  text: string
  rows: number
}

/**
 * The file's text in pieces of a few hundred rows, which joined are exactly serializeBackup's:
 * a caller can report progress, yield or stop between them, and hand the pieces to a Blob
 * without ever holding the whole text as one string.
 */
export function* backupFileChunks(file: BackupFile): Generator<BackupChunk> {
  const { tables, ...head } = file
  // `tables` is the file's last key (buildBackupFile), as JSON.stringify writes it.
  yield { text: `${JSON.stringify(head).slice(0, -1)},"tables":{`, rows: 0 }
  let firstTable = true
  for (const [name, rows] of Object.entries(tables) as [string, unknown[]][]) {
    yield { text: `${firstTable ? '' : ','}${JSON.stringify(name)}:[`, rows: 0 }
    firstTable = false
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const slice = rows.slice(start, start + CHUNK_ROWS)
      const text = slice.map((row) => JSON.stringify(row) ?? 'null').join(',')
      yield { text: start === 0 ? text : `,${text}`, rows: slice.length }
    }
    yield { text: ']', rows: 0 }
  }
  yield { text: '}}', rows: 0 }
}

/** How many table rows a file holds (what backupFileChunks' `rows` add up to). */
export const backupRowCount = (file: BackupFile): number =>
  Object.values(file.tables).reduce((sum: number, rows: unknown[]) => sum + rows.length, 0)

const pad = (value: number) => String(value).padStart(2, '0')

/** 计划起草备份-2026-11-27.json, in local time (the day the user sees). */
export function backupFileName(now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `计划起草备份-${day}.json`
}
