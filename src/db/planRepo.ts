import { DEFAULT_NUMBERING } from '../domain/outline/numbering'
import { planCharacters, validatePlanFields } from '../domain/outline/planFields'
import type { OutlineNode, Plan, RichDoc } from '../domain/outline/types'
import { duplicateTitle } from '../domain/library/duplicateTitle'
import { newId } from '../domain/newId'
import { remapIds } from '../domain/outline/remapIds'
import { db } from './db'
import { settingKeys } from './schema'
import { InvalidInputError } from './planWriter'

/** A plan and all its node rows, read in one transaction (a consistent snapshot). */
export async function loadPlan(
  planId: string,
): Promise<{ plan: Plan; nodes: OutlineNode[] } | undefined> {
  return db.transaction('r', db.plans, db.nodes, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) return undefined
    return { plan, nodes: await db.nodes.where('planId').equals(planId).toArray() }
  })
}

export interface PlanFields {
  title: string
  unit: string
  year: number
}

function checked(fields: PlanFields): PlanFields {
  const problem = validatePlanFields(fields)
  if (problem) throw new InvalidInputError(problem)
  return { title: fields.title.trim(), unit: fields.unit.trim(), year: fields.year }
}

export async function createPlan(
  fields: PlanFields,
  content?: { preamble?: RichDoc | null; nodes?: Omit<OutlineNode, 'planId'>[] },
): Promise<string> {
  const { title, unit, year } = checked(fields)
  const now = Date.now()
  const id = newId()
  const nodes = (content?.nodes ?? []).map((node) => ({ ...node, planId: id }))
  const plan: Plan = {
    id,
    title,
    unit,
    year,
    numbering: DEFAULT_NUMBERING,
    preamble: content?.preamble ?? null,
    createdAt: now,
    updatedAt: now,
    charCount: 0,
  }
  plan.charCount = planCharacters(plan, nodes)
  await db.transaction('rw', db.plans, db.nodes, async () => {
    await db.plans.add(plan)
    await db.nodes.bulkAdd(nodes)
  })
  return id
}

/** A deep copy of a plan with every node, under new ids. */
export async function duplicatePlan(planId: string, title?: string): Promise<string> {
  return db.transaction('rw', db.plans, db.nodes, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    const id = newId()
    const now = Date.now()
    await db.plans.add({
      ...plan,
      id,
      title: title ?? duplicateTitle(plan.title),
      createdAt: now,
      updatedAt: now,
    })
    await db.nodes.bulkAdd(remapIds(nodes, id, newId))
    return id
  })
}

/** Delete a plan for ever: its nodes, version history and print header too. */
export async function deletePlan(planId: string): Promise<void> {
  await db.transaction('rw', [db.plans, db.nodes, db.snapshots, db.settings], async () => {
    await db.nodes.where('planId').equals(planId).delete()
    await db.snapshots.where('planId').equals(planId).delete()
    await db.settings.delete(settingKeys.printHeader(planId))
    await db.settings.delete(settingKeys.rolloverReport(planId))
    await db.plans.delete(planId)
  })
}

/** Recount a plan's cached character count (for the library list) if it drifted. */
export async function refreshCharCount(planId: string): Promise<void> {
  await db.transaction('rw', db.plans, db.nodes, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) return
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    const charCount = planCharacters(plan, nodes)
    // updatedAt stays: a recount is not an edit.
    if (charCount !== plan.charCount) await db.plans.update(planId, { charCount })
  })
}
