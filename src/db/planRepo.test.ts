import { beforeEach, describe, expect, it } from 'vitest'
import { drawTree } from '../domain/outline/drawTree'
import { docFromText } from '../domain/outline/richText'
import { buildTree } from '../domain/outline/tree'
import { emptyChange, invertChange, type PlanChange } from '../domain/outline/planChange'
import { deleteSubtree, moveNodes } from '../domain/outline/treeOps'
import type { OutlineNode } from '../domain/outline/types'
import { db } from './db'
import { applyChange } from './planWriter'
import { createPlan, deletePlan, duplicatePlan, loadPlan } from './planRepo'

const fields = { title: '某某镇总工会2026年工作计划', unit: '某某镇总工会', year: 2026 }

async function seed() {
  return createPlan(fields, {
    nodes: [
      { id: 'A', parentId: null, orderKey: 'a0', title: '加强思想引领', body: null },
      { id: 'A1', parentId: 'A', orderKey: 'a0', title: '深化学习', body: docFromText('学习') },
      { id: 'B', parentId: null, orderKey: 'a1', title: '维护职工权益', body: null },
    ],
  })
}

/** Write node fields as typing does. */
async function setNode(id: string, fields: Partial<OutlineNode>) {
  const node = (await db.nodes.get(id)) as OutlineNode
  await applyChange(node.planId, {
    ...emptyChange(),
    updated: [{ before: node, after: { ...node, ...fields } }],
  })
}

const retitle = (id: string, title: string) =>
  applyChange(id, { ...emptyChange(), plan: { before: {}, after: { title } } })

async function drawn(planId: string) {
  const loaded = await loadPlan(planId)
  return drawTree(buildTree(loaded!.nodes))
}

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('plan repository', () => {
  it('creates, renames and deletes a plan; refuses an empty title', async () => {
    const id = await seed()
    expect((await loadPlan(id))!.plan.charCount).toBe(30)
    await retitle(id, '新标题')
    expect((await loadPlan(id))!.plan.title).toBe('新标题')
    await expect(retitle(id, '   ')).rejects.toThrow('计划标题不能为空')
    await expect(createPlan({ ...fields, title: '' })).rejects.toThrow('计划标题不能为空')
    await deletePlan(id)
    expect(await loadPlan(id)).toBeUndefined()
    expect(await db.nodes.count()).toBe(0)
  })

  it('duplicates a plan with all its nodes under new ids', async () => {
    const id = await seed()
    const closing = {
      recipient: '各村工会',
      attachments: ['名单'],
      signature: '某镇总工会',
      issuedOn: '2026-01-05',
    }
    await db.plans.update(id, closing)
    const copy = await duplicatePlan(id)
    const loaded = await loadPlan(copy)
    expect(loaded!.plan.title).toBe(`${fields.title}（副本）`)
    // 主送, 附件说明, 落款 and 成文日期 come too.
    expect(loaded!.plan).toMatchObject(closing)
    expect(await drawn(copy)).toBe(await drawn(id))
    expect(loaded!.nodes.some((node) => node.id === 'A')).toBe(false)
  })

  it('applies a move as one transaction and its inverse restores the tree', async () => {
    const id = await seed()
    const before = await drawn(id)
    const tree = buildTree((await loadPlan(id))!.nodes)
    const result = moveNodes(tree, ['B'], { parentId: null, index: 0 })
    if (!result.ok) throw new Error(result.reason)
    await applyChange(id, result.change)
    expect(await drawn(id)).toBe('维护职工权益\n加强思想引领\n  深化学习')
    await applyChange(id, invertChange(result.change))
    expect(await drawn(id)).toBe(before)
  })

  it('undoing a move does not revert text typed after it', async () => {
    const id = await seed()
    const tree = buildTree((await loadPlan(id))!.nodes)
    const result = moveNodes(tree, ['A1'], { parentId: 'B', index: 0 })
    if (!result.ok) throw new Error(result.reason)
    await applyChange(id, result.change)
    await setNode('A1', { title: '深化学习教育' })
    await applyChange(id, invertChange(result.change))
    expect(await drawn(id)).toBe('加强思想引领\n  深化学习教育\n维护职工权益')
  })

  it('a patch that fails midway leaves the stored tree as it was', async () => {
    const id = await seed()
    const before = await loadPlan(id)
    const tree = buildTree(before!.nodes)
    const deletion = deleteSubtree(tree, 'A')
    if (!deletion.ok) throw new Error(deletion.reason)
    // The removal runs first; then adding a row whose id already exists fails.
    const broken: PlanChange = {
      ...deletion.change,
      added: [{ ...before!.nodes[2], title: '重复' }],
    }
    await expect(applyChange(id, broken)).rejects.toThrow()
    const after = await loadPlan(id)
    expect(drawTree(buildTree(after!.nodes))).toBe(drawTree(tree))
    expect(after!.plan.updatedAt).toBe(before!.plan.updatedAt)
    expect(after!.plan.charCount).toBe(before!.plan.charCount)
  })

  it('keeps the character count as nodes change', async () => {
    const id = await seed()
    await setNode('A1', { body: docFromText('学习贯彻会议精神') })
    expect((await loadPlan(id))!.plan.charCount).toBe(36)
    const tree = buildTree((await loadPlan(id))!.nodes)
    const result = deleteSubtree(tree, 'A')
    if (!result.ok) throw new Error(result.reason)
    await applyChange(id, result.change)
    expect((await loadPlan(id))!.plan.charCount).toBe(18)
  })
})
