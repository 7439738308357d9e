import type { Plan } from '../domain/outline/types'
import { trashCutoff } from '../domain/trash/trashPolicy'
import { db } from './db'
import { deletePlan } from './planRepo'

/** Move a plan to the trash (回收站): hidden from the library, kept intact for 30 days. */
export async function trashPlan(planId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划不存在或已被删除')
    if (!plan.deletedAt) await db.plans.update(planId, { deletedAt: now })
  })
}

/** Bring a plan back from the trash to the library, as it was. */
export async function restoreTrashedPlan(planId: string): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('计划已被彻底删除')
    // `undefined` removes the property (and the row from the deletedAt index).
    await db.plans.update(planId, { deletedAt: undefined })
  })
}

/** Delete a plan in the trash for ever; a plan in the library is refused. */
export async function purgeTrashedPlan(planId: string): Promise<void> {
  const plan = await db.plans.get(planId)
  if (plan && !plan.deletedAt) throw new Error('只能彻底删除回收站中的计划')
  await deletePlan(planId)
}

/** Plans in the trash, most recently deleted first. */
export async function listTrashedPlans(): Promise<Plan[]> {
  return db.plans.where('deletedAt').above(0).reverse().toArray()
}

/** Delete for ever every plan that has been in the trash longer than 30 days. */
export async function purgeExpiredTrash(now = Date.now()): Promise<number> {
  const expired = await db.plans.where('deletedAt').below(trashCutoff(now)).primaryKeys()
  for (const planId of expired) await deletePlan(planId)
  return expired.length
}
