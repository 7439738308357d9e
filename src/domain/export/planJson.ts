import { overLimitMessage } from '../limits/limits'
import { planLimitProblem } from '../limits/planLimitProblem'
import { repairOrderKeys } from '../outline/orderKeys'
import { cleanRichDoc } from '../outline/cleanRichDoc'
import { closingFieldsOf, closingProblem, type PlanClosingFields } from '../outline/planClosing'
import { findTreeProblems } from '../outline/treeInvariants'
import type { NumberingScheme, OutlineNode, Plan, RichDoc } from '../outline/types'
import { BACKUP_FORMAT } from '../backup/backupFile'

export const PLAN_JSON_FORMAT = 'plandraft-plan'
export const PLAN_JSON_VERSION = 1

/** The app's own plan file: one plan and all its node rows, as stored. */
export interface PlanJsonFile {
  format: typeof PLAN_JSON_FORMAT
  version: number
  exportedAt: string
  plan: Plan
  nodes: OutlineNode[]
}

/** `backup`: the file is the app's full backup (备份与恢复), not one plan: 恢复 reads it. */
export type ParsedPlanJson =
  { ok: true; plan: Plan; nodes: OutlineNode[] } | { ok: false; error: string; backup?: true }

export const BACKUP_NOT_PLAN =
  '这是“计划起草”的全部数据备份（备份与恢复），不是单个计划文件，请用“恢复”读取'

/** The plan as a versioned JSON file (pretty-printed, so it diffs and survives hand edits). */
export function serializePlan(plan: Plan, nodes: readonly OutlineNode[], now = new Date()): string {
  const file: PlanJsonFile = {
    format: PLAN_JSON_FORMAT,
    version: PLAN_JSON_VERSION,
    exportedAt: now.toISOString(),
    plan,
    nodes: [...nodes],
  }
  return JSON.stringify(file, null, 2) + '\n'
}

const SCHEMES: readonly NumberingScheme[] = ['standard', 'twoLevel', 'yishi']

class PlanJsonError extends Error {}

const fail = (message: string): never => {
  throw new PlanJsonError(message)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function text(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key]
  if (typeof value !== 'string') fail(`${where}缺少文字字段“${key}”`)
  return value as string
}

function richDoc(value: unknown, where: string): RichDoc | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || value.type !== 'doc') return fail(`${where}的正文格式不正确`)
  if (value.content !== undefined && !Array.isArray(value.content)) fail(`${where}的正文格式不正确`)
  // Whatever else a file carries (links, frames, event attributes) does not come in.
  return cleanRichDoc(value as unknown as RichDoc)
}

/** 主送, 附件说明, 落款 and 成文日期 (absent in files from before them): checked as the plan form checks them. */
function parseClosing(value: Record<string, unknown>): PlanClosingFields {
  const optionalText = (key: string) => {
    const field = value[key]
    if (field === undefined || field === null) return undefined
    if (typeof field !== 'string') return fail(`计划的${CLOSING_NAMES[key]}格式不正确`)
    return field
  }
  const attachments = value.attachments ?? undefined
  if (
    attachments !== undefined &&
    (!Array.isArray(attachments) || attachments.some((name) => typeof name !== 'string'))
  )
    fail('计划的附件说明格式不正确')
  const closing = closingFieldsOf({
    recipient: optionalText('recipient'),
    attachments: attachments as string[] | undefined,
    signature: optionalText('signature'),
    issuedOn: optionalText('issuedOn'),
  })
  const problem = closingProblem(closing)
  if (problem) fail(problem)
  return closing
}

const CLOSING_NAMES: Record<string, string> = {
  recipient: '主送',
  signature: '落款',
  issuedOn: '成文日期',
}

function parsePlan(value: unknown): Plan {
  if (!isObject(value)) return fail('文件中没有计划（plan）')
  // The preamble is cleaned below: a body nested past the limit must not reach the cleaner.
  if (planLimitProblem([], value.preamble) !== null) fail(overLimitMessage('bodyNesting'))
  const where = '计划'
  const year = value.year
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
    fail('计划的年度不正确')
  }
  const numbering = isObject(value.numbering) ? value.numbering : {}
  const scheme = numbering.scheme ?? 'standard'
  if (!SCHEMES.includes(scheme as NumberingScheme)) fail(`不认识的序号样式“${String(scheme)}”`)
  const now = Date.now()
  const time = (key: string) => (typeof value[key] === 'number' ? (value[key] as number) : now)
  return {
    id: text(value, 'id', where),
    title: text(value, 'title', where),
    unit: typeof value.unit === 'string' ? value.unit : '',
    year: year as number,
    numbering: {
      scheme: scheme as NumberingScheme,
      continuousLevel2: numbering.continuousLevel2 === true,
    },
    preamble: richDoc(value.preamble, '指导思想'),
    createdAt: time('createdAt'),
    updatedAt: time('updatedAt'),
    charCount: typeof value.charCount === 'number' ? value.charCount : 0,
    ...parseClosing(value),
  }
}

function parseNodes(value: unknown, planId: string): OutlineNode[] {
  if (!Array.isArray(value)) return fail('文件中没有条目列表（nodes）')
  const rows = value.map((row: unknown, index) => {
    const where = `第 ${index + 1} 个条目`
    if (!isObject(row)) return fail(`${where}格式不正确`)
    const parentId = row.parentId ?? null
    if (parentId !== null && typeof parentId !== 'string') fail(`${where}的上级条目编号不正确`)
    if (row.planId !== undefined && row.planId !== planId) fail(`${where}不属于这个计划`)
    return { id: text(row, 'id', where), parentId: parentId as string | null, row, where }
  })
  // Before any body is cleaned or the tree walked: a file past a limit is refused unread.
  const over = planLimitProblem(
    rows.map(({ id, parentId, row }) => ({ id, parentId, body: row.body })),
  )
  if (over) fail(overLimitMessage(over))
  const nodes = rows.map(({ id, parentId, row, where }): OutlineNode => ({
    id,
    planId,
    parentId,
    orderKey: text(row, 'orderKey', where),
    title: text(row, 'title', where),
    body: richDoc(row.body, where),
  }))
  const ids = new Set<string>()
  for (const node of nodes) {
    if (ids.has(node.id)) fail(`条目编号“${node.id}”重复`)
    ids.add(node.id)
  }
  // Every row must reach the top; a loop would hang the outline.
  const problems = findTreeProblems(nodes)
  const named = (id: string) => nodes.find((node) => node.id === id)?.title || id
  if (problems.orphans.length) fail(`条目“${named(problems.orphans[0])}”的上级条目不存在`)
  if (problems.cycles.length) fail(`条目“${named(problems.cycles[0])}”的层级关系有循环`)
  // A hand-edited or foreign file may carry keys fractional-indexing refuses (`a000010`) or the
  // same key twice: fresh keys, same order, so inserting next to them works.
  return repairOrderKeys(nodes)
}

/** Read a plan file, checking everything the app relies on; errors are for the user, in Chinese. */
export function parsePlanJson(source: string): ParsedPlanJson {
  let data: unknown
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, error: '文件不是有效的 JSON，可能已损坏' }
  }
  if (isObject(data) && data.format === BACKUP_FORMAT)
    return { ok: false, error: BACKUP_NOT_PLAN, backup: true }
  try {
    if (!isObject(data) || data.format !== PLAN_JSON_FORMAT) {
      fail('这不是“计划起草”导出的计划文件（JSON 备份）')
    }
    const file = data as Record<string, unknown>
    const version = file.version
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      fail('计划文件的版本号不正确')
    }
    if ((version as number) > PLAN_JSON_VERSION) {
      fail(`计划文件的版本（${version}）比本程序新，请先升级程序再导入`)
    }
    const plan = parsePlan(file.plan)
    const nodes = parseNodes(file.nodes, plan.id)
    return { ok: true, plan, nodes }
  } catch (error) {
    if (error instanceof PlanJsonError) return { ok: false, error: error.message }
    throw error
  }
}
