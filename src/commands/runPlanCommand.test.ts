import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db/db'
import { withPlanDocument } from '../db/planDocuments'
import { nodeRecord, recordBody } from '../domain/document/planDocument'
import { setFragmentBody } from '../domain/document/setFragmentBody'
import { createPlan } from '../db/planRepo'
import { docFromText, docText } from '../domain/outline/richText'
import { registerPendingEdit } from '../store/pendingEdits'
import { useToastStore } from '../store/toastStore'
import { useUndoStore } from '../store/undoStore'
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

/** What the live editor does as the user types: its edits go straight into the body fragment. */
const typeIntoBody = (planId: string, id: string, text: string) =>
  withPlanDocument(planId, ({ doc }) => {
    doc.transact(
      () => setFragmentBody(recordBody(nodeRecord(doc, id)!), docFromText(text)),
      'editor',
    )
  })

const bodyOf = async (id: string) => docText((await db.nodes.get(id))?.body)

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('the command runner', () => {
  it('a duplicate right after typing copies the typed text (the body is the document’s)', async () => {
    const planId = await seed()
    await typeIntoBody(planId, 'B', '刚刚输入的正文')
    const result = await runPlanCommand(duplicateItem, planId, { id: 'B' })
    if (!result.ok || !result.focus) throw new Error('refused')
    expect(await bodyOf(result.focus.id)).toBe('刚刚输入的正文')
    expect(await bodyOf('B')).toBe('刚刚输入的正文')
  })

  it('typing, delete, undo: the item comes back with the typed text', async () => {
    const planId = await seed()
    await typeIntoBody(planId, 'B', '删除前输入的')
    await runPlanCommand(removeItem, planId, { id: 'B' })
    expect(await db.nodes.get('B')).toBeUndefined()
    await replayUndo(planId, 'undo')
    expect(await bodyOf('B')).toBe('删除前输入的')
    await replayUndo(planId, 'redo')
    expect(await db.nodes.get('B')).toBeUndefined()
  })

  it('writes what open fields hold before it reads the plan', async () => {
    const planId = await seed()
    const unregister = registerPendingEdit('body:B', () => typeIntoBody(planId, 'B', '未写入的字'))
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
})
