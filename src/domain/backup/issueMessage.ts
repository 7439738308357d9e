import type * as v from 'valibot'

const TABLES: Record<string, string> = {
  plans: '计划',
  nodes: '条目',
  phrases: '常用语',
  phraseCategories: '常用语分类',
  snapshots: '历史版本',
  settings: '设置',
  templates: '模板',
}

const TYPES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否',
  null: '空值',
  Object: '对象',
  Array: '列表',
  undefined: '缺少',
}

type PathKey = string | number

/** A lookup that never reaches Object.prototype (a key `__proto__` or `constructor` is a key). */
const lookUp = (table: Record<string, string>, key: PathKey): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined

/** A table's name in Chinese (a name the app does not know is shown as it is). */
export const tableWord = (name: PathKey): string => lookUp(TABLES, name) ?? String(name)

/** Where in the file: 第 3 个条目的 body, 备份文件的 exportedAt… */
export function place(keys: readonly PathKey[]): string {
  if (keys[0] !== 'tables' || keys.length < 2) {
    return keys.length ? `备份文件的 ${keys.join('.')}` : '备份文件'
  }
  const table = tableWord(keys[1])
  if (keys.length === 2) return `“${table}”表`
  const rest = keys.slice(3).join('.')
  return `第 ${Number(keys[2]) + 1} 个${table}${rest ? `的 ${rest}` : ''}`
}

const typeName = (text: string) => lookUp(TYPES, text) ?? text

/** What the file had, by kind (valibot's `received` is the value itself for primitives). */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'Array'
  return typeof value === 'object' ? 'Object' : typeof value
}

/** A space between a field name and the Chinese that follows it. */
const spaced = (where: string) => (/[\w.]$/.test(where) ? `${where} ` : where)

/**
 * A valibot issue as one Chinese sentence for the user (valibot's own messages are English).
 * `within` is where the checked value sits in the file (a row checked on its own).
 */
export function issueMessage(issue: v.BaseIssue<unknown>, within: readonly PathKey[] = []): string {
  const path = [...within, ...(issue.path ?? []).map((item) => item.key as PathKey)]
  const where = spaced(place(path))
  // Object schemas report a missing key as their own issue, with nothing as the input.
  if (issue.input === undefined) return `${where}缺失`
  switch (issue.type) {
    case 'strict_object':
      return `${spaced(place(path.slice(0, -1)))}含有本程序不认识的数据（${String(path.at(-1) ?? issue.received)}），可能来自更新版本的“计划起草”，请先升级程序`
    case 'check':
      return `${where.trimEnd()}：${issue.message}`
    case 'picklist':
    case 'literal':
      return `${where}的值 ${issue.received} 不是可用的取值`
    case 'integer':
    case 'min_value':
    case 'max_value':
    case 'finite':
      return `${where}的数值 ${issue.received} 不在允许范围内`
    case 'non_empty':
      return `${where}不能为空`
    case 'iso_timestamp':
      return `${where}不是有效的时间`
    default:
      return `${where}应为${typeName(issue.expected ?? '')}，实际是${typeName(kindOf(issue.input))}`
  }
}
