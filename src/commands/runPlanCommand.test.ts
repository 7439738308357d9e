import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db/db'
import { saveDraft } from '../db/draftRepo'
import { createPlan } from '../db/planRepo'
import { docFromText, docText } from '../domain/outline/richText'
import { registerPendingEdit } from '../store/pendingEdits'
import { useToastStore } from '../store/toastStore'
import { useUndoStore } from '../store/undoStore'
import { commitBody } from './outline/commitBody'
import { duplicateItem } from './outline/duplicateItem'
import { indentItem } from './outline/moveItem'
import { removeItem } from './outline/removeItem'
import { renameItem } from './outline/renameItem'
import { replayUndo, runPlanCommand } from './runPlanCommand'

async function seed() {
  const planId = await createPlan(
    { title: '计划', unit: '', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: null },
        { id: 'B', parentId: null, orderKey: 'a1', title: '乙', body: docFromText('旧正文') },
      ],
    },
  )
  useUndoStore.getState().reset(planId)
  return planId
}

const bodyOf = async (id: string) => docText((await db.nodes.get(id))?.body)

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('the command runner', () => {
  it('a duplicate right after typing copies the typed text (the draft is folded in first)', async () => {
    const planId = await seed()
    await saveDraft(planId, 'B', docFromText('刚刚输入的正文'))
    const result = await runPlanCommand(duplicateItem, planId, { id: 'B' })
    if (!result.ok || !result.focus) throw new Error('refused')
    expect(await bodyOf(result.focus.id)).toBe('刚刚输入的正文')
    expect(await bodyOf('B')).toBe('刚刚输入的正文')
  })

  it('typing, delete, undo: the item comes back with the typed text', async () => {
    const planId = await seed()
    await saveDraft(planId, 'B', docFromText('删除前输入的'))
    await runPlanCommand(removeItem, planId, { id: 'B' })
    expect(await db.nodes.get('B')).toBeUndefined()
    await replayUndo(planId, 'undo')
    expect(await bodyOf('B')).toBe('删除前输入的')
    await replayUndo(planId, 'redo')
    expect(await db.nodes.get('B')).toBeUndefined()
  })

  it('writes what open fields hold before it reads the plan', async () => {
    const planId = await seed()
    const unregister = registerPendingEdit('body:B', () =>
      saveDraft(planId, 'B', docFromText('未写入的字')),
    )
    const result = await runPlanCommand(duplicateItem, planId, { id: 'B' })
    unregister()
    if (!result.ok || !result.focus) throw new Error('refused')
    expect(await bodyOf(result.focus.id)).toBe('未写入的字')
  })

  it('the keystrokes of one title are one undo step; undo restores the title', async () => {
    const planId = await seed()
    for (const title of ['加', '加强', '加强思想引领'])
      await runPlanCommand(
        renameItem,
        planId,
        { id: 'A', title },
        { flush: false, mergeKey: 'title:A:1' },
      )
    expect(useUndoStore.getState().past).toHaveLength(1)
    await replayUndo(planId, 'undo')
    expect((await db.nodes.get('A'))?.title).toBe('甲')
    await replayUndo(planId, 'redo')
    expect((await db.nodes.get('A'))?.title).toBe('加强思想引领')
  })

  it('a refused command says why, changes nothing and records no step', async () => {
    const planId = await seed()
    const result = await runPlanCommand(indentItem, planId, { id: 'A' })
    expect(result.ok).toBe(false)
    expect(useToastStore.getState().toasts.at(-1)?.message).toContain('不能降级')
    expect(useUndoStore.getState().past).toHaveLength(0)
    expect((await db.nodes.get('A'))?.parentId).toBeNull()
  })

  it("the live editor's commit folds what was typed into the item, with no undo step", async () => {
    const planId = await seed()
    await saveDraft(planId, 'B', docFromText('输入中'))
    expect(await bodyOf('B')).toBe('旧正文')
    const result = await runPlanCommand(commitBody, planId, { id: 'B' }, { flush: false })
    expect(result.ok).toBe(true)
    expect(await bodyOf('B')).toBe('输入中')
    expect(await db.drafts.count()).toBe(0)
    expect(useUndoStore.getState().past).toHaveLength(0)
  })
})
