import { beforeEach, describe, expect, it } from 'vitest'
import { planFieldsFromDocument, rowsFromDocument } from '../domain/document/documentRows'
import { emptyChange } from '../domain/outline/planChange'
import { docFromText, docText } from '../domain/outline/richText'
import { readBackupTables, restoreBackup } from './backupRepo'
import { db } from './db'
import {
  acquirePlanDocument,
  dropOpenDocuments,
  openedPlanDocument,
  reloadDroppedDocuments,
  writeDocumentChange,
} from './planDocuments'
import { createPlan } from './planRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const bodyInDocument = (planId: string) =>
  docText(rowsFromDocument(openedPlanDocument(planId)!.doc)[0].body)

describe('a 替换 restore made elsewhere: open documents dropped unwritten, then loaded anew', () => {
  it('the plan open here shows the restored text and builds on it, never the old one', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '某镇总工会', year: 2026 },
      {
        nodes: [
          { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: docFromText('备份中') },
        ],
      },
    )
    const backup = await readBackupTables()
    // The plan open here (a screen holds it), its text changed after the backup.
    await acquirePlanDocument(planId)
    const node = (await db.nodes.get('A'))!
    await writeDocumentChange(planId, {
      ...emptyChange(),
      updated: [{ before: node, after: { ...node, body: docFromText('恢复前') } }],
    })
    expect(bodyInDocument(planId)).toBe('恢复前')

    // Another window: 替换 is coming (dropped unwritten), written, over (loaded anew).
    await dropOpenDocuments()
    expect(openedPlanDocument(planId)).toBeUndefined()
    await restoreBackup(backup, 'replace')
    await reloadDroppedDocuments()
    expect(bodyInDocument(planId)).toBe('备份中')
    expect(planFieldsFromDocument(openedPlanDocument(planId)!.doc).title).toBe('计划')

    // Typed here afterwards: stored on the restored text.
    const restored = (await db.nodes.get('A'))!
    await writeDocumentChange(planId, {
      ...emptyChange(),
      updated: [
        { before: restored, after: { ...restored, body: docFromText('备份中，之后输入') } },
      ],
    })
    expect(docText((await db.nodes.get('A'))?.body)).toBe('备份中，之后输入')
    expect(bodyInDocument(planId)).toBe('备份中，之后输入')
  })

  it('a plan the restore did not bring back stays closed', async () => {
    const backup = await readBackupTables()
    const planId = await createPlan({ title: '备份之后的计划', unit: '', year: 2026 })
    await acquirePlanDocument(planId)
    await dropOpenDocuments()
    await restoreBackup(backup, 'replace')
    await reloadDroppedDocuments()
    expect(openedPlanDocument(planId)).toBeUndefined()
  })
})
