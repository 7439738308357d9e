import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import { getSnapshot, listSnapshots } from '../../db/snapshotRepo'
import { acquirePlanDocument, releasePlanDocument } from '../../db/planDocuments'
import { applyChangeToDocument } from '../../domain/document/applyChangeToDocument'
import { readNodeBody } from '../../domain/document/documentOperations'
import type * as Y from 'yjs'
import { docFromText, docText } from '../../domain/outline/richText'
import { useEditorStore } from '../../store/editorStore'
import { registerPendingEdit } from '../../store/pendingEdits'
import { useUndoStore } from '../../store/undoStore'
import { runLibraryCommand } from '../library/libraryCommand'
import { deletePlanCommand } from '../library/planCommands'
import { restoreTrashedPlanCommand } from '../library/trashCommands'
import { renameItem } from '../outline/renameItem'
import { runPlanCommand } from '../runPlanCommand'
import { restoreVersionCommand } from './restoreVersion'
import { saveVersionCommand } from './saveVersion'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

async function seed() {
  const planId = await createPlan(
    { title: '计划', unit: '', year: 2026 },
    { nodes: [{ id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: docFromText('旧') }] },
  )
  useUndoStore.getState().reset(planId)
  return planId
}

/** Text typed into item A's body: in the open document at once, in its row only at a pause. */
async function typeIntoDocument(doc: Y.Doc, text: string) {
  const row = await db.nodes.get('A')
  if (!row) throw new Error('no row')
  const typed = { ...row, body: docFromText(text) }
  applyChangeToDocument(
    doc,
    { added: [], updated: [{ before: row, after: typed }], removed: [] },
    'typing',
  )
}

describe('versions of a plan whose document is open (text typed, not yet in the rows)', () => {
  it('保存版本 holds every character typed; 恢复此版本 puts the document back, the text typed since kept as a version', async () => {
    const planId = await seed()
    const { doc } = await acquirePlanDocument(planId)
    try {
      await typeIntoDocument(doc, '刚输入的正文')
      const version = await runLibraryCommand(saveVersionCommand, { planId, label: '初稿' })
      const saved = await getSnapshot(version.id)
      expect(docText(saved?.nodes.find((node) => node.id === 'A')?.body)).toBe('刚输入的正文')

      await typeIntoDocument(doc, '之后又改了')
      await runLibraryCommand(restoreVersionCommand, { planId, snapshotId: version.id })
      // The document (what the live editor binds to) and the row both hold the version's text.
      expect(docText(readNodeBody(doc, 'A'))).toBe('刚输入的正文')
      expect(docText((await db.nodes.get('A'))?.body)).toBe('刚输入的正文')
      const metas = await listSnapshots(planId)
      const before = await getSnapshot(metas.find((meta) => meta.kind === 'before-restore')!.id)
      expect(docText(before?.nodes.find((node) => node.id === 'A')?.body)).toBe('之后又改了')
    } finally {
      releasePlanDocument(planId)
    }
  })
})

describe('history and trash commands', () => {
  it('保存版本 writes open fields first; 恢复此版本 closes the editor and starts undo afresh', async () => {
    const planId = await seed()
    // A title still being typed is in the version.
    const unregister = registerPendingEdit('title:A', () =>
      runPlanCommand(renameItem, planId, { id: 'A', title: '甲一' }, { flush: false }).then(
        () => undefined,
      ),
    )
    const version = await runLibraryCommand(saveVersionCommand, { planId, label: '初稿' })
    unregister()
    expect(version.label).toBe('初稿')

    await runPlanCommand(renameItem, planId, { id: 'A', title: '甲二' })
    expect(useUndoStore.getState().past.length).toBeGreaterThan(0)
    useEditorStore.getState().startEditing('A', 'body')

    await runLibraryCommand(restoreVersionCommand, { planId, snapshotId: version.id })
    expect((await db.nodes.get('A'))!.title).toBe('甲一')
    expect(docText((await db.nodes.get('A'))!.body)).toBe('旧')
    expect(useUndoStore.getState().past).toEqual([])
    expect(useEditorStore.getState().editingId).toBeNull()
    expect((await listSnapshots(planId)).map((item) => item.kind)).toEqual([
      'before-restore',
      'manual',
    ])
  })

  it('删除 moves a plan to the trash; 撤销 (restore) brings it back', async () => {
    const planId = await seed()
    await runLibraryCommand(deletePlanCommand, { planId })
    expect((await db.plans.get(planId))!.deletedAt).toBeGreaterThan(0)
    await runLibraryCommand(restoreTrashedPlanCommand, { planId })
    expect((await db.plans.get(planId))!.deletedAt).toBeUndefined()
    expect(await db.nodes.count()).toBe(1)
  })
})
