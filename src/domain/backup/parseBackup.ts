import * as v from 'valibot'
import { LIMITS, overLimitMessage } from '../limits/limits'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupTables } from './backupFile'
import { checkBackupIntegrity } from './backupIntegrity'
import {
  backupHeaderSchema,
  BODY_TOO_DEEP,
  rowSchemas,
  TABLE_NAMES,
  type TableName,
} from './backupSchema'
import { issueMessage, place } from './issueMessage'
import { scanJson, UNSAFE_KEYS } from './scanJson'

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: string }

/** Appended to every refusal: the user must know their data is untouched. */
export const UNCHANGED = '现有数据没有任何改动。'

const refuse = (message: string): ParsedBackup => ({ ok: false, error: `${message}。${UNCHANGED}` })
/** A limit's refusal is a whole message already (it says nothing changed). */
const refuseOverLimit = (message: string): ParsedBackup => ({ ok: false, error: message })

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * How deep any value in a row may nest (the row is level 1). A body within LIMITS.bodyNesting
 * stays well inside it even in a version's row (row > nodes > node > body, two levels per
 * rich-text level, marks and their attributes); deeper is a body over the limit or junk.
 */
export const ROW_NESTING = 2 * LIMITS.bodyNesting + 8

/** Tables whose rows hold bodies: nesting past ROW_NESTING there is a body over the limit. */
const HAS_BODIES: ReadonlySet<TableName> = new Set(['plans', 'nodes', 'snapshots', 'templates'])

/** Every how many rows the check reports how far it is. */
const PROGRESS_EVERY = 2_000

/**
 * Whether JSON text ends inside a string or with brackets still open: a file cut off, wherever
 * the cut fell (even right after a `}` of some inner row).
 */
function isCutOff(text: string): boolean {
  let open = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 0x5c)
        index++ // a backslash: the next character is escaped
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) open++
    else if (char === 0x7d || char === 0x5d) open--
  }
  return inString || open > 0
}

function parseJson(source: string): { ok: true; data: unknown } | { ok: false; error: string } {
  const text = source.replace(/^\uFEFF/, '').trim()
  if (!text) return { ok: false, error: '文件是空的' }
  try {
    return { ok: true, data: JSON.parse(text) }
  } catch {
    // A file cut off in a download or a copy starts like a backup but never closes.
    if (text.startsWith('{') && isCutOff(text))
      return { ok: false, error: '备份文件不完整（可能在下载或复制时被截断），无法恢复' }
    return { ok: false, error: '文件不是有效的 JSON，可能已损坏' }
  }
}

const unsafeKey = (where: string, key: string) =>
  refuse(`备份文件有误：${where}含有不安全的名称“${key}”（可能被人改动过），不能恢复`)

/** One row: no unsafe key, not nested past ROW_NESTING, then its schema (bodies cleaned). */
function checkRow(
  table: TableName,
  index: number,
  row: unknown,
): { ok: true; row: unknown } | { ok: false; refusal: ParsedBackup } {
  const where = place(['tables', table, index])
  const problem = scanJson(row, ROW_NESTING)
  if (problem?.kind === 'unsafeKey') return { ok: false, refusal: unsafeKey(where, problem.key) }
  if (problem?.kind === 'tooDeep')
    return {
      ok: false,
      refusal: HAS_BODIES.has(table)
        ? refuseOverLimit(`${where}的${overLimitMessage('bodyNesting', '恢复')}`)
        : refuse(`备份文件有误：${where}的数据嵌套过深`),
    }
  const result = v.safeParse(rowSchemas[table], row)
  if (result.success) return { ok: true, row: result.output }
  const issue = result.issues[0]
  if (issue.type === 'check' && issue.message === BODY_TOO_DEEP)
    return {
      ok: false,
      refusal: refuseOverLimit(`${where}的${overLimitMessage('bodyNesting', '恢复')}`),
    }
  return {
    ok: false,
    refusal: refuse(`备份文件有误：${issueMessage(issue, ['tables', table, index])}`),
  }
}

/**
 * Read a backup file: JSON, then the format and version (so a foreign or newer file gets its own
 * message), the number of items (LIMITS.backupItems), then every row: unsafe key names, nesting,
 * the schema (bodies cleaned to the editor's schema); then the references between rows and the
 * outline depth. Nothing here recurses deeper than the limits allow. Every refusal is one Chinese
 * sentence. `onProgress` hears the share of rows checked (0 to 1) every few thousand rows.
 */
export function parseBackup(
  source: string,
  onProgress: (share: number) => void = () => undefined,
): ParsedBackup {
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
  // The file's own keys and those of `tables` (each row's are checked with the row).
  for (const key of Object.keys(data)) if (UNSAFE_KEYS.has(key)) return unsafeKey('备份文件', key)
  if (isObject(data.tables))
    for (const key of Object.keys(data.tables))
      if (UNSAFE_KEYS.has(key)) return unsafeKey('备份文件的 tables ', key)
  const header = v.safeParse(backupHeaderSchema, data)
  if (!header.success) return refuse(`备份文件有误：${issueMessage(header.issues[0])}`)
  const incoming = header.output.tables
  if (incoming.nodes.length > LIMITS.backupItems)
    return refuseOverLimit(overLimitMessage('backupItems', '恢复'))

  const total = TABLE_NAMES.reduce((sum, table) => sum + incoming[table].length, 0)
  let done = 0
  const tables = {} as Record<TableName, unknown[]>
  for (const table of TABLE_NAMES) {
    const rows = incoming[table]
    const checked: unknown[] = new Array(rows.length)
    for (let index = 0; index < rows.length; index++) {
      const result = checkRow(table, index, rows[index])
      if (!result.ok) return result.refusal
      checked[index] = result.row
      if (++done % PROGRESS_EVERY === 0) onProgress(done / total)
    }
    tables[table] = checked
  }
  onProgress(1)
  const checked = checkBackupIntegrity(tables as unknown as BackupTables)
  if (!checked.ok)
    return checked.overLimit
      ? refuseOverLimit(checked.error)
      : refuse(`备份文件有误：${checked.error}`)
  return { ok: true, backup: { ...header.output, tables: checked.tables } }
}
