import { newId } from '../domain/newId'
import { outlineToNodes } from '../domain/import/outlineToNodes'
import { overLimitMessage } from '../domain/limits/limits'
import { planLimitProblem } from '../domain/limits/planLimitProblem'
import type { ImportedOutline } from '../domain/import/types'
import { DEFAULT_NUMBERING } from '../domain/outline/numbering'
import { closingFieldsOf } from '../domain/outline/planClosing'
import { planCharacters, validatePlanFields } from '../domain/outline/planFields'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'
import { mirrorCommittedRows } from './memoryMirror'
import type { PlanFields } from './planRepo'
import { InvalidInputError } from './planWriter'

/** One plan confirmed in the import preview: its (edited) fields and its outline. */
export interface ImportedPlanInput {
  fields: PlanFields
  outline: ImportedOutline
}

export interface ImportWriteOptions {
  /** Told the share of rows written (0–1) after each batch, for a progress bar. */
  onProgress?: (share: number) => void
  /** 取消: the transaction is aborted at the next batch and nothing is written. */
  signal?: AbortSignal
}

/** Rows written per batch: between two batches the page paints and answers input. */
const BATCH = 500

/**
 * Store the plans of an import (a file may hold several, 【篇一】…) as new plans, all in one
 * read-write transaction: either every plan is there afterwards or none is (a cancel included).
 * Returns their ids.
 */
export async function createImportedPlans(
  inputs: ImportedPlanInput[],
  { onProgress, signal }: ImportWriteOptions = {},
): Promise<string[]> {
  if (inputs.length === 0) throw new InvalidInputError('没有可导入的计划')
  const now = Date.now()
  const plans: Plan[] = []
  const nodes: OutlineNode[] = []
  inputs.forEach(({ fields, outline }, index) => {
    const problem = validatePlanFields({ ...fields, ...closingFieldsOf(outline.closing ?? {}) })
    if (problem)
      throw new InvalidInputError(inputs.length > 1 ? `第 ${index + 1} 篇：${problem}` : problem)
    const id = newId()
    const content = outlineToNodes(outline, id)
    const over = planLimitProblem(content.nodes, content.preamble)
    if (over) {
      const message = overLimitMessage(over)
      throw new InvalidInputError(inputs.length > 1 ? `第 ${index + 1} 篇：${message}` : message)
    }
    // Later plans are a millisecond older, so the library (newest first) lists them in file order.
    const time = now - index
    const plan: Plan = {
      id,
      title: fields.title.trim(),
      unit: fields.unit.trim(),
      year: fields.year,
      numbering: DEFAULT_NUMBERING,
      preamble: content.preamble,
      createdAt: time,
      updatedAt: time,
      charCount: 0,
      ...closingFieldsOf(outline.closing ?? {}),
    }
    plan.charCount = planCharacters(plan, content.nodes)
    plans.push(plan)
    // A loop, not push(...nodes): 150,000 arguments overflow the stack.
    for (const node of content.nodes) nodes.push(node)
  })
  const checkCancel = () => {
    if (signal?.aborted) throw new DOMException('导入已取消，未做任何更改。', 'AbortError')
  }
  checkCancel()
  await db.transaction('rw', db.plans, db.nodes, async () => {
    await db.plans.bulkAdd(plans)
    for (let start = 0; start < nodes.length; start += BATCH) {
      checkCancel()
      await db.nodes.bulkAdd(nodes.slice(start, start + BATCH))
      onProgress?.(Math.min(1, (start + BATCH) / nodes.length))
    }
  })
  return plans.map((plan) => plan.id)
}

/**
 * Node rows read per request while mirroring: the page answers input between them (a slice of
 * 2,000 took 40 to 65 ms of the page's thread in IndexedDB gets alone: the bench's responsive
 * step).
 */
const MIRROR_SLICE = 500

/**
 * Plans the import worker wrote, read back into this window's memory copy (memoryMirror), a
 * slice of rows per request: the worker's commits passed this window's copy by.
 */
export async function mirrorImportedPlans(planIds: readonly string[]): Promise<void> {
  for (const planId of planIds) {
    const plan = await db.plans.get(planId)
    if (!plan) continue
    mirrorCommittedRows('plans', [planId], [plan as unknown as Record<string, unknown>])
    const keys = await db.nodes.where('planId').equals(planId).primaryKeys()
    for (let start = 0; start < keys.length; start += MIRROR_SLICE) {
      const slice = keys.slice(start, start + MIRROR_SLICE)
      const rows = await db.nodes.bulkGet(slice)
      const found = rows.flatMap((row, index) => (row ? [{ key: slice[index], row }] : []))
      mirrorCommittedRows(
        'nodes',
        found.map(({ key }) => key),
        found.map(({ row }) => row as unknown as Record<string, unknown>),
      )
    }
  }
}
