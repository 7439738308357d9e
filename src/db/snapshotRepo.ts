import Dexie from 'dexie'
import { restoreChange } from '../domain/history/restoreChange'
import { snapshotsToThin } from '../domain/history/thinSnapshots'
import {
  snapshotMeta,
  type Snapshot,
  type SnapshotKind,
  type SnapshotMeta,
} from '../domain/history/types'
import { newId } from '../domain/newId'
import { emptyChange, isEmptyChange, type PlanChange } from '../domain/outline/planChange'
import { planCharacters } from '../domain/outline/planFields'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'
import { loadPlan } from './planRepo'
import { applyChangeToDocument } from '../domain/document/applyChangeToDocument'
import { documentState } from './documentState'
import { UNTRACKED_ORIGIN, openedPlanDocument, withPlanDocument } from './planDocuments'

/** Automatic snapshots are taken at most this often while a plan is edited. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000

const ofPlan = (planId: string) =>
  db.snapshots
    .where('[planId+createdAt]')
    .between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true)

const snapshotTransaction = <T>(work: () => Promise<T>) =>
  db.transaction('rw', db.plans, db.nodes, db.snapshots, work)

/**
 * Store the plan as it is now: its row and every node, read in the same transaction as the
 * snapshot is written.
 */
export function takeSnapshot(
  planId: string,
  kind: SnapshotKind,
  label = '',
  now = Date.now(),
): Promise<SnapshotMeta> {
  return snapshotTransaction(async () => {
    const loaded = await loadPlan(planId)
    if (!loaded) throw new Error('计划不存在或已被删除')
    const snapshot: Snapshot = {
      id: newId(),
      planId,
      createdAt: now,
      label: label.trim(),
      kind,
      plan: loaded.plan,
      nodes: loaded.nodes,
      charCount: planCharacters(loaded.plan, loaded.nodes),
    }
    await db.snapshots.add(snapshot)
    return snapshotMeta(snapshot)
  })
}

/**
 * For every operation that rewrites much of a plan at once (replace all, restore of a version):
 * keep the plan as it was first, as typed (the open document's rows are written first: body
 * typing reaches them only at a pause). Not inside another transaction.
 */
export async function snapshotBeforeBulk(
  planId: string,
  label: string,
  kind: Extract<SnapshotKind, 'before-bulk' | 'before-restore'> = 'before-bulk',
): Promise<SnapshotMeta> {
  await openedPlanDocument(planId)?.rows.flush()
  return takeSnapshot(planId, kind, label)
}

/**
 * An automatic snapshot, unless the newest one (of any kind) is younger than the interval or
 * the plan has not changed since; the first one of a day thins the older automatic ones.
 * Returns the time from which the next one may be taken.
 */
export function autoSnapshot(planId: string, now = Date.now()): Promise<number> {
  return snapshotTransaction(async () => {
    const newest = await ofPlan(planId).last()
    const plan = await db.plans.get(planId)
    const due = newest ? newest.createdAt + AUTO_SNAPSHOT_INTERVAL_MS : now
    if (!plan || plan.deletedAt || now < due) return due
    if (newest && plan.updatedAt <= newest.createdAt) return due
    await takeSnapshot(planId, 'auto', '', now)
    if (!newest || new Date(newest.createdAt).toDateString() !== new Date(now).toDateString())
      await thinSnapshots(planId, now)
    return now + AUTO_SNAPSHOT_INTERVAL_MS
  })
}

/** A plan's snapshots, newest first, without their rows. */
export async function listSnapshots(planId: string): Promise<SnapshotMeta[]> {
  const snapshots = await ofPlan(planId).reverse().toArray()
  return snapshots.map(snapshotMeta)
}

export async function getSnapshot(snapshotId: string): Promise<Snapshot | undefined> {
  return db.snapshots.get(snapshotId)
}

export async function deleteSnapshot(snapshotId: string): Promise<void> {
  await db.snapshots.delete(snapshotId)
}

/** Delete the automatic snapshots that age has made redundant (see snapshotsToThin). */
export async function thinSnapshots(planId: string, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.snapshots, async () => {
    const metas = await listSnapshots(planId)
    const drop = snapshotsToThin(metas, now)
    await db.snapshots.bulkDelete(drop)
    return drop.length
  })
}

/**
 * Bring a plan back to a snapshot: the plan as typed (its document's rows written first) is kept
 * as a 'before-restore' snapshot, then the difference is written to the plan's document (the
 * home of its content) as one untracked transaction; the rows follow from it. Returns the change.
 */
export async function restoreSnapshot(snapshotId: string): Promise<PlanChange> {
  const snapshot = await db.snapshots.get(snapshotId)
  if (!snapshot) throw new Error('该版本已不存在')
  const name = snapshot.label || new Date(snapshot.createdAt).toLocaleString('zh-CN')
  return replacePlanContent(snapshot.planId, snapshot, `恢复“${name}”之前`)
}

/**
 * Make a plan's content (its fields, tree, titles and bodies) `target`'s, keeping its version
 * history: the plan as typed is kept first as a 'before-restore' version named `label`, then the
 * difference is written to the plan's document as one untracked transaction (the rows follow).
 * `onlyIfChanged`: no version and no write when the plan already is `target`.
 */
export function replacePlanContent(
  planId: string,
  target: { plan: Plan; nodes: readonly OutlineNode[] },
  label: string,
  onlyIfChanged = false,
): Promise<PlanChange> {
  return withPlanDocument(planId, async (opened) => {
    const changeNow = async () => {
      const planRow = await db.plans.get(planId)
      if (!planRow) throw new Error('计划不存在或已被删除')
      const { plan, tree } = documentState(opened, planRow)
      return restoreChange({ plan, nodes: [...tree.byId.values()] }, target)
    }
    if (onlyIfChanged && isEmptyChange(await changeNow())) return emptyChange()
    await snapshotBeforeBulk(planId, label, 'before-restore')
    const change = await changeNow()
    if (isEmptyChange(change)) return emptyChange()
    applyChangeToDocument(opened.doc, change, UNTRACKED_ORIGIN)
    return change
  })
}
