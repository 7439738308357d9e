import * as v from 'valibot'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './backupFile'
import { checkBackupIntegrity } from './backupIntegrity'
import { backupFileSchema } from './backupSchema'
import { issueMessage } from './issueMessage'

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: string }

/** Appended to every refusal: the user must know their data is untouched. */
export const UNCHANGED = '现有数据没有任何改动。'

const refuse = (message: string): ParsedBackup => ({ ok: false, error: `${message}。${UNCHANGED}` })

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function parseJson(source: string): { ok: true; data: unknown } | { ok: false; error: string } {
  const text = source.replace(/^\uFEFF/, '').trim()
  if (!text) return { ok: false, error: '文件是空的' }
  try {
    return { ok: true, data: JSON.parse(text) }
  } catch {
    // A file cut off in a download or a copy starts like a backup but never closes.
    if (text.startsWith('{') && !text.endsWith('}'))
      return { ok: false, error: '备份文件不完整（可能在下载或复制时被截断），无法恢复' }
    return { ok: false, error: '文件不是有效的 JSON，可能已损坏' }
  }
}

/**
 * Read a backup file: JSON, then the format and version (so a foreign or newer file gets its own
 * message), then every row against the schema (bodies cleaned to the editor's schema), then the
 * references between rows. Every refusal is one Chinese sentence.
 */
export function parseBackup(source: string): ParsedBackup {
  const json = parseJson(source)
  if (!json.ok) return refuse(json.error)
  const data = json.data
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    if (isObject(data) && data.format === 'plandraft-plan')
      return refuse('这是单个计划的文件，不是全部数据的备份；请用“导入计划（JSON）”导入它')
    return refuse('这不是“计划起草”的备份文件')
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return refuse('备份文件的版本号不正确')
  if (data.version > BACKUP_VERSION)
    return refuse(`备份文件的版本（${data.version}）比本程序新，请先升级“计划起草”再恢复`)
  let result: v.SafeParseResult<typeof backupFileSchema>
  try {
    result = v.safeParse(backupFileSchema, data)
  } catch (error) {
    // Bodies nested thousands deep overflow the stack: no editor wrote them.
    if (error instanceof RangeError) return refuse('备份文件的正文嵌套过深，无法读取')
    throw error
  }
  if (!result.success) return refuse(`备份文件有误：${issueMessage(result.issues[0])}`)
  const checked = checkBackupIntegrity(result.output.tables)
  if (!checked.ok) return refuse(`备份文件有误：${checked.error}`)
  return { ok: true, backup: { ...result.output, tables: checked.tables } }
}
