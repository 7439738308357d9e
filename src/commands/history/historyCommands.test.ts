import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import { listSnapshots } from '../../db/snapshotRepo'
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
