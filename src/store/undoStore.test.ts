import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyChangeToDocument } from '../domain/document/applyChangeToDocument'
import { documentFromRows } from '../domain/document/documentRows'
import { UNDO_LIMIT, PlanUndo } from '../domain/document/planUndo'
import { emptyChange, type PlanChange } from '../domain/outline/planChange'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { useUndoStore } from './undoStore'

const node: OutlineNode = {
  id: 'n',
  planId: 'p',
  parentId: null,
  orderKey: 'a0',
  title: '0',
  body: null,
}
const plan = { id: 'p', title: '计划', unit: '', year: 2026, createdAt: 0 } as Plan
const retitle = (from: string, to: string): PlanChange => ({
  ...emptyChange(),
  updated: [{ before: { ...node, title: from }, after: { ...node, title: to } }],
})
const titleOf = (doc: Y.Doc) =>
  String((doc.getMap('nodes').get('n') as Y.Map<unknown>).get('title'))

function documentWithUndo() {
  const doc = documentFromRows(
    { ...plan, numbering: { scheme: 'standard', continuousLevel2: false } },
    [node],
  )
  const undo = new PlanUndo(doc)
  const run = (change: PlanChange, label = '改标题', mergeKey?: string) =>
    undo.run(label, (origin) => applyChangeToDocument(doc, change, origin), mergeKey, change)
  return { doc, undo, run }
}

describe('the undo history the toolbar shows (a view of the plan document’s PlanUndo)', () => {
  it('keeps the newest 200 steps, labelled, and redoes what was undone', () => {
    const { doc, undo, run } = documentWithUndo()
    for (let i = 0; i < UNDO_LIMIT + 20; i++) run(retitle(String(i), String(i + 1)))
    useUndoStore.getState().sync('p', undo)
    expect(useUndoStore.getState().past).toHaveLength(UNDO_LIMIT)
    expect(useUndoStore.getState().past.at(-1)?.label).toBe('改标题')
    undo.undo()
    undo.undo()
    useUndoStore.getState().sync('p', undo)
    expect(titleOf(doc)).toBe(String(UNDO_LIMIT + 18))
    expect(useUndoStore.getState().future).toHaveLength(2)
    expect(useUndoStore.getState().future.at(-1)?.change).toEqual(retitle('218', '219'))
    undo.redo()
    expect(titleOf(doc)).toBe(String(UNDO_LIMIT + 19))
  })

  it('steps with the same key are one; a step that cancels out leaves none', () => {
    const { doc, undo, run } = documentWithUndo()
    run(retitle('0', '加'), '修改标题', 'title:n')
    run(retitle('加', '加强'), '修改标题', 'title:n')
    useUndoStore.getState().sync('p', undo)
    expect(useUndoStore.getState().past).toHaveLength(1)
    expect(useUndoStore.getState().past[0].change).toEqual(retitle('0', '加强'))
    // A new item made and taken back under one key: no step at all.
    const added = { ...node, id: 'm', orderKey: 'a1', title: '' }
    run({ ...emptyChange(), added: [added] }, '新建', 'new:m')
    run({ ...emptyChange(), removed: [added] }, '新建', 'new:m')
    useUndoStore.getState().sync('p', undo)
    expect(useUndoStore.getState().past.map((step) => step.label)).toEqual(['修改标题'])
    undo.undo()
    expect(titleOf(doc)).toBe('0')
  })

  it('reset starts the open plan’s history afresh', () => {
    useUndoStore.getState().reset('p')
    expect(useUndoStore.getState()).toMatchObject({ planId: 'p', past: [], future: [] })
  })
})
