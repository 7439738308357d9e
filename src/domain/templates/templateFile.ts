import * as v from 'valibot'
import { richDocSchema, templateClosingSchema } from '../backup/backupSchema'
import { LIMITS, overLimitReason } from '../limits/limits'
import { planLimitProblem } from '../limits/planLimitProblem'
import { repairOrderKeys } from '../outline/orderKeys'
import { closingProblem } from '../outline/planClosing'
import { findTreeProblems } from '../outline/treeInvariants'
import { templateCounts } from './templateCounts'
import { TEMPLATE_KINDS, type Template, type TemplateNode } from './types'

export const TEMPLATE_FILE_FORMAT = 'plandraft-template'
export const TEMPLATE_FILE_VERSION = 1

/** What a template file carries: the template without its local id, times or built-in marks. */
export type TemplateContent = Pick<
  Template,
  'name' | 'kind' | 'description' | 'planTitle' | 'numbering' | 'preamble' | 'nodes' | 'withBodies'
> &
  Pick<Partial<Template>, 'closing'>

export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT
  version: number
  exportedAt: string
  template: TemplateContent
}

export function buildTemplateFile(template: Template, now: Date): TemplateFile {
  const { name, kind, description, planTitle, numbering, preamble, nodes, withBodies, closing } =
    template
  return {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: now.toISOString(),
    template: {
      ...{ name, kind, description, planTitle, numbering, preamble, nodes, withBodies },
      ...(closing && { closing }),
    },
  }
}

export const serializeTemplateFile = (file: TemplateFile) => JSON.stringify(file, null, 1)

/** 模板-乡镇工会工作计划.json, without characters a file system refuses. */
export const templateFileName = (name: string) =>
  `模板-${name.replace(/[\\/:*?"<>|\s]+/g, '_') || '未命名'}.json`

const text = (max: number) => v.pipe(v.string(), v.maxLength(max))

const nodeSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  parentId: v.nullable(v.string()),
  orderKey: v.string(),
  title: text(2_000),
  body: v.nullable(richDocSchema),
})

const contentSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(60)),
  kind: v.picklist(TEMPLATE_KINDS),
  description: text(500),
  planTitle: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)),
  numbering: v.object({
    scheme: v.picklist(['standard', 'twoLevel', 'yishi']),
    continuousLevel2: v.boolean(),
  }),
  preamble: v.nullable(richDocSchema),
  nodes: v.pipe(v.array(nodeSchema), v.maxLength(LIMITS.itemsPerPlan)),
  withBodies: v.boolean(),
  // 主送, 附件说明, 落款, 成文日期: files from before them have none.
  closing: v.optional(templateClosingSchema),
})

const FIELDS: Record<string, string> = {
  name: '名称',
  kind: '类别',
  description: '说明',
  planTitle: '计划标题',
  numbering: '序号',
  preamble: '开头段落',
  nodes: '条目',
  withBodies: '是否含正文',
  closing: '主送和落款',
  title: '标题',
  body: '正文',
  parentId: '上级',
  orderKey: '顺序',
  id: '编号',
}

/** Where in the file, in words: 第 3 个条目的标题. */
function issuePlace(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key)
  if (keys[0] === 'nodes' && typeof keys[1] === 'number') {
    const field = keys[2] === undefined ? '' : `的${FIELDS[String(keys[2])] ?? String(keys[2])}`
    return `第 ${keys[1] + 1} 个条目${field}`
  }
  return keys.length ? (FIELDS[String(keys[0])] ?? String(keys[0])) : '模板内容'
}

export type ParsedTemplateFile =
  { ok: true; template: TemplateContent } | { ok: false; error: string }

/** Appended to every refusal: the user must know nothing was changed. */
const UNCHANGED = '模板没有任何改动。'
const refuse = (message: string): ParsedTemplateFile => ({
  ok: false,
  error: `无法导入模板：${message}。${UNCHANGED}`,
})

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const FOREIGN: Record<string, string> = {
  'plandraft-backup': '这是全部数据的备份文件，不是模板；请在“备份与恢复”中恢复它',
  'plandraft-plan': '这是单个计划的文件，不是模板；请用“导入计划（JSON）”导入它',
  'plandraft-phrases': '这是常用语文件，不是模板；请在常用语库中导入它',
}

/**
 * Read a template file (导入模板): JSON, its format and version (a foreign or newer file gets its
 * own message), every field against the schema (bodies cleaned to the editor's schema), then the
 * outline's tree (parents present, no cycles; bad order keys are repaired). Never throws.
 */
export function parseTemplateFile(source: string): ParsedTemplateFile {
  const trimmed = source.replace(/^\uFEFF/, '').trim()
  if (!trimmed) return refuse('文件是空的')
  // A Word file (.docx) or any zip starts with PK; renamed to .json it is still not text.
  if (trimmed.startsWith('PK')) return refuse('这是 Word 或压缩文件，不是模板文件')
  let data: unknown
  try {
    data = JSON.parse(trimmed)
  } catch {
    return refuse('文件不是有效的 JSON，可能已损坏或不是模板文件')
  }
  if (!isObject(data) || data.format !== TEMPLATE_FILE_FORMAT) {
    const foreign = isObject(data) && typeof data.format === 'string' && FOREIGN[data.format]
    return refuse(foreign || '这不是“计划起草”的模板文件')
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return refuse('模板文件的版本号不正确')
  if (data.version > TEMPLATE_FILE_VERSION)
    return refuse(`模板文件的版本（${data.version}）比本程序新，请先升级“计划起草”`)
  if (!isObject(data.template)) return refuse('文件中没有模板内容')
  const over = limitProblem(data.template)
  if (over) return refuse(over)
  let result: v.SafeParseResult<typeof contentSchema>
  try {
    result = v.safeParse(contentSchema, data.template)
  } catch (error) {
    // Checked above, so never expected: whatever overflows is refused, not thrown.
    if (error instanceof RangeError) return refuse('模板内容太大或层次太深，无法读取')
    throw error
  }
  if (!result.success) {
    return refuse(`模板文件有误：${issuePlace(result.issues[0])}不正确`)
  }
  const closing = result.output.closing && closingProblem(result.output.closing)
  if (closing) return refuse(closing)
  const tree = checkTree(result.output.nodes)
  if (typeof tree === 'string') return refuse(tree)
  const { closing: given, ...content } = result.output
  return {
    ok: true,
    template: {
      ...content,
      nodes: tree,
      ...(given && Object.keys(given).length > 0 && { closing: given }),
    },
  }
}

/**
 * Items, outline depth and body nesting against LIMITS before the schema walks the bodies (its
 * check of a body recurses): the refusal's words, or null.
 */
function limitProblem(template: Record<string, unknown>): string | null {
  const nodes = Array.isArray(template.nodes) ? (template.nodes as unknown[]) : []
  const links = nodes.map((node, index) => {
    const row = isObject(node) ? node : {}
    const id = typeof row.id === 'string' ? row.id : `#${index}`
    const parentId = typeof row.parentId === 'string' ? row.parentId : null
    return { id, parentId, body: row.body }
  })
  const over = planLimitProblem(links, template.preamble)
  return over && overLimitReason(over)
}

/** The nodes as a sound tree, or a Chinese message. */
function checkTree(nodes: TemplateNode[]): TemplateNode[] | string {
  const ids = new Set<string>()
  for (const node of nodes) {
    if (ids.has(node.id)) return `条目编号“${node.id}”重复`
    ids.add(node.id)
  }
  const rows = nodes.map((node) => ({ ...node, planId: '' }))
  const problems = findTreeProblems(rows)
  const named = (id: string) => nodes.find((node) => node.id === id)?.title || id
  if (problems.orphans.length) return `条目“${named(problems.orphans[0])}”的上级条目不存在`
  if (problems.cycles.length) return `条目“${named(problems.cycles[0])}”的层级关系有循环`
  const sound = problems.badKeys.length ? repairOrderKeys(rows) : rows
  return sound.map(({ id, parentId, orderKey, title, body }) => ({
    id,
    parentId,
    orderKey,
    title,
    body,
  }))
}

/** An imported template as a new template of the user's (never a built-in, whatever it was). */
export function templateFromFile(
  content: TemplateContent,
  ids: { id: string; now: number },
): Template {
  return {
    ...content,
    id: ids.id,
    createdAt: ids.now,
    updatedAt: ids.now,
    ...templateCounts(content),
  }
}
