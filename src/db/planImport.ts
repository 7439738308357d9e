import { LIMITS, overLimitMessage } from '../domain/limits/limits'
import { newId } from '../domain/newId'
import { repairOrderKeys } from '../domain/outline/orderKeys'
import { remapIds } from '../domain/outline/remapIds'
import { planCharacters } from '../domain/outline/planFields'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'

/**
 * Import a plan exported as JSON (导出 → JSON 备份) as a new plan: fresh ids, so importing the same
 * file twice, or into the browser it came from, never overwrites anything. One rw transaction.
 * `chooseTitle` is asked, once the file is read and before anything is written, which title the
 * plan gets (the same, or one not taken); `null` imports nothing.
 */
export async function importPlanJson(
  file: File,
  chooseTitle: (title: string) => Promise<string | null> = async (title) => title,
): Promise<{ planId: string } | { cancelled: true } | { error: string; backup?: true }> {
  if (file.size > LIMITS.backupBytes) return { error: overLimitMessage('backupBytes') }
  let source: string
  try {
    source = await file.text()
  } catch {
    return { error: '无法读取文件' }
  }
  // The plan file format loads when a file is imported, not with the app.
  const { parsePlanJson } = await import('../domain/export/planJson')
  const parsed = parsePlanJson(source)
  if (!parsed.ok)
    return parsed.backup ? { error: parsed.error, backup: true } : { error: parsed.error }
  const title = await chooseTitle(parsed.plan.title)
  if (title === null) return { cancelled: true }
  const planId = await addImportedPlan({ ...parsed.plan, title }, parsed.nodes)
  return { planId }
}

/**
 * Store a parsed plan under new ids; returns the new plan's id. Order keys are checked (and
 * invalid ones regenerated, sibling order kept) before the ids change, as ties sort by id.
 */
export async function addImportedPlan(source: Plan, sourceNodes: OutlineNode[]): Promise<string> {
  const planId = newId()
  // Only the stored fields are kept: a file's extra fields (a rev, anything else) are dropped.
  const nodes: OutlineNode[] = remapIds(repairOrderKeys(sourceNodes), planId, newId).map(
    ({ id, parentId, orderKey, title, body }) => ({ id, planId, parentId, orderKey, title, body }),
  )
  const now = Date.now()
  const plan: Plan = { ...source, id: planId, createdAt: now, updatedAt: now }
  plan.charCount = planCharacters(plan, nodes)
  await db.transaction('rw', db.plans, db.nodes, async () => {
    await db.plans.add(plan)
    await db.nodes.bulkAdd(nodes)
  })
  return planId
}
