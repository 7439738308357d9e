import { DEFAULT_NUMBERING } from '../domain/outline/numbering'
import { nodeCharacters, planCharacters, validatePlanFields } from '../domain/outline/planFields'
import { countCharacters } from '../domain/outline/charCount'
import { docText } from '../domain/outline/richText'
import type {
  NumberingSettings,
  OutlineNode,
  Plan,
  RichDoc,
  RichNode,
} from '../domain/outline/types'
import { db } from './db'

export const newId = () => crypto.randomUUID()

/**
 * A plan and all its node rows, read in one transaction (a consistent snapshot), with any
 * body still being typed (a draft) in place of the stored one.
 */
export async function loadPlan(
  planId: string,
): Promise<{ plan: Plan; nodes: OutlineNode[] } | undefined> {
  return db.transaction('r', db.plans, db.nodes, db.drafts, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) return undefined
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    const drafts = await db.drafts.where('planId').equals(planId).toArray()
    if (drafts.length === 0) return { plan, nodes }
    const bodies = new Map(drafts.map((draft) => [draft.nodeId, draft.body]))
    return {
      plan,
      nodes: nodes.map((node) =>
        bodies.has(node.id) ? { ...node, body: bodies.get(node.id) ?? null } : node,
      ),
    }
  })
}

export interface PlanFields {
  title: string
  unit: string
  year: number
}

export class InvalidInputError extends Error {}

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

export async function updatePlanFields(planId: string, fields: PlanFields): Promise<void> {
  const { title, unit, year } = checked(fields)
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    const charCount = plan.charCount - countCharacters(plan.title) + countCharacters(title)
    await db.plans.update(planId, { title, unit, year, charCount, updatedAt: Date.now() })
  })
}

export async function setNumbering(planId: string, numbering: NumberingSettings): Promise<void> {
  await db.plans.update(planId, { numbering, updatedAt: Date.now() })
}

/** A deep copy of a plan with every node, under new ids. */
export async function duplicatePlan(planId: string, title?: string): Promise<string> {
  return db.transaction('rw', db.plans, db.nodes, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    const nodes = await db.nodes.where('planId').equals(planId).toArray()
    const id = newId()
    const idMap = new Map(nodes.map((node) => [node.id, newId()]))
    const now = Date.now()
    await db.plans.add({
      ...plan,
      id,
      title: title ?? `${plan.title}（副本）`,
      createdAt: now,
      updatedAt: now,
    })
    await db.nodes.bulkAdd(
      nodes.map((node) => ({
        ...node,
        id: idMap.get(node.id) as string,
        planId: id,
        parentId: node.parentId === null ? null : (idMap.get(node.parentId) ?? null),
      })),
    )
    return id
  })
}

export async function deletePlan(planId: string): Promise<void> {
  await db.transaction('rw', db.plans, db.nodes, db.drafts, async () => {
    await db.nodes.where('planId').equals(planId).delete()
    await db.drafts.where('planId').equals(planId).delete()
    await db.plans.delete(planId)
  })
}

/** Save what the user typed into a node (title and/or body). */
export async function saveNodeFields(
  nodeId: string,
  fields: Partial<Pick<OutlineNode, 'title' | 'body'>>,
): Promise<void> {
  await db.transaction('rw', db.plans, db.nodes, async () => {
    const node = await db.nodes.get(nodeId)
    if (!node) throw new Error('条目已被删除')
    const plan = await db.plans.get(node.planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    const next = { ...node, ...fields, rev: (node.rev ?? 0) + 1 }
    await db.nodes.put(next)
    const charCount = plan.charCount + nodeCharacters(next) - nodeCharacters(node)
    await db.plans.update(plan.id, { charCount: Math.max(0, charCount), updatedAt: Date.now() })
  })
}

export async function savePreamble(planId: string, preamble: RichDoc | null): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    const charCount =
      plan.charCount - countCharacters(docText(plan.preamble)) + countCharacters(docText(preamble))
    await db.plans.update(planId, { preamble, charCount, updatedAt: Date.now() })
  })
}

/** Add a paragraph at the end of a node's body (an empty body is replaced). */
export async function appendParagraphToNode(nodeId: string, paragraph: RichNode): Promise<void> {
  await db.transaction('rw', db.plans, db.nodes, async () => {
    const node = await db.nodes.get(nodeId)
    if (!node) throw new Error('条目已被删除')
    const existing = (node.body?.content ?? []).filter((block) => block.content?.length)
    await saveNodeFields(nodeId, { body: { type: 'doc', content: [...existing, paragraph] } })
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
