import { repairOrderKeys } from '../outline/orderKeys'
import { findTreeProblems } from '../outline/treeInvariants'
import { outlineDepth } from '../outline/outlineDepth'
import { LIMITS, overLimitMessage } from '../limits/limits'
import type { OutlineNode } from '../outline/types'
import type { Template } from '../templates/types'
import type { BackupTables } from './backupFile'
import { planIdOfSetting, settingValueFits } from './settingRules'

class IntegrityError extends Error {
  constructor(
    message: string,
    readonly overLimit = false,
  ) {
    super(message)
  }
}

const fail = (message: string): never => {
  throw new IntegrityError(message)
}

/** Refuse an outline deeper than LIMITS.outlineDepth (a whole message: it says nothing changed). */
function checkDepth(rows: readonly Pick<OutlineNode, 'id' | 'parentId'>[], owner: string): void {
  if (outlineDepth(rows) > LIMITS.outlineDepth)
    throw new IntegrityError(`${owner}的${overLimitMessage('outlineDepth', '恢复')}`, true)
}

function uniqueIds(rows: readonly { id: string }[], what: string): void {
  const seen = new Set<string>()
  for (const row of rows) {
    if (seen.has(row.id)) fail(`${what}编号“${row.id}”重复`)
    seen.add(row.id)
  }
}

const named = (node: Pick<OutlineNode, 'title' | 'id'>) => node.title || node.id

/** A template's outline must be a tree too (order keys are repaired when it is used). */
function checkTemplateTree(template: Template): void {
  const rows = template.nodes.map((node) => ({ ...node, planId: template.id }))
  uniqueIds(rows, `模板“${template.name}”的条目`)
  const problems = findTreeProblems(rows)
  const byId = new Map(rows.map((node) => [node.id, node]))
  if (problems.orphans.length)
    fail(`模板“${template.name}”中条目“${named(byId.get(problems.orphans[0])!)}”的上级条目不存在`)
  if (problems.cycles.length)
    fail(`模板“${template.name}”中条目“${named(byId.get(problems.cycles[0])!)}”的层级关系有循环`)
  checkDepth(rows, `模板“${template.name}”`)
}

/**
 * What the schema cannot see: unique ids, every row's owner present, each plan's outline a sound
 * tree no deeper than LIMITS.outlineDepth. Linear in the rows. Returns the tables with order keys made usable (a repair, not a refusal: nothing is lost),
 * or a Chinese message.
 */
export function checkBackupIntegrity(
  tables: BackupTables,
): { ok: true; tables: BackupTables } | { ok: false; error: string; overLimit: boolean } {
  try {
    uniqueIds(tables.plans, '计划')
    uniqueIds(tables.nodes, '条目')
    uniqueIds(tables.phrases, '常用语')
    uniqueIds(tables.phraseCategories, '常用语分类')
    uniqueIds(tables.snapshots, '历史版本')
    uniqueIds(tables.templates, '模板')
    for (const template of tables.templates) checkTemplateTree(template)
    uniqueIds(
      tables.settings.map((row) => ({ id: row.key })),
      '设置',
    )
    const plans = new Map(tables.plans.map((plan) => [plan.id, plan]))
    const nodesOf = new Map<string, OutlineNode[]>()
    for (const node of tables.nodes) {
      if (!plans.has(node.planId)) fail(`条目“${named(node)}”所属的计划不存在`)
      const rows = nodesOf.get(node.planId)
      if (rows) rows.push(node)
      else nodesOf.set(node.planId, [node])
    }
    const repaired = new Map<string, OutlineNode>()
    for (const [planId, rows] of nodesOf) {
      const title = plans.get(planId)?.title ?? planId
      const problems = findTreeProblems(rows)
      const byId = new Map(rows.map((node) => [node.id, node]))
      if (problems.orphans.length) {
        const node = byId.get(problems.orphans[0]) as OutlineNode
        fail(`计划“${title}”中条目“${named(node)}”的上级条目不存在`)
      }
      if (problems.cycles.length) {
        const node = byId.get(problems.cycles[0]) as OutlineNode
        fail(`计划“${title}”中条目“${named(node)}”的层级关系有循环`)
      }
      checkDepth(rows, `计划“${title}”`)
      if (problems.badKeys.length)
        for (const node of repairOrderKeys(rows)) repaired.set(node.id, node)
    }
    for (const snapshot of tables.snapshots) {
      if (!plans.has(snapshot.planId))
        fail(`历史版本“${snapshot.label || snapshot.id}”所属的计划不存在`)
      if (snapshot.plan.id !== snapshot.planId)
        fail(`历史版本“${snapshot.label || snapshot.id}”与其计划不符`)
    }
    const categories = new Set(tables.phraseCategories.map((category) => category.id))
    for (const phrase of tables.phrases) {
      if (!categories.has(phrase.categoryId)) fail(`常用语“${phrase.text}”的分类不存在`)
    }
    for (const { key, value } of tables.settings) {
      const planId = planIdOfSetting(key)
      if (planId !== null && !plans.has(planId)) fail(`设置“${key}”所属的计划不存在`)
      if (!settingValueFits(key, value)) fail(`设置“${key}”的值不正确`)
    }
    // Rows keep the file's order, so a sound file comes back exactly as it was exported.
    return {
      ok: true,
      tables: {
        ...tables,
        nodes: repaired.size
          ? tables.nodes.map((node) => repaired.get(node.id) ?? node)
          : tables.nodes,
      },
    }
  } catch (error) {
    if (error instanceof IntegrityError)
      return { ok: false, error: error.message, overLimit: error.overLimit }
    throw error
  }
}
