import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/db'
import { fakeOpfs } from '../../db/fakeOpfs'
import { COPY_FILE, COPY_RECORD_FILE } from '../../db/localCopyFiles'
import { acquirePlanDocument, releasePlanDocument } from '../../db/planDocuments'
import { createPlan } from '../../db/planRepo'
import { getSnapshot, listSnapshots, takeSnapshot } from '../../db/snapshotRepo'
import { ensureDatabaseId } from '../../db/storeRecord'
import { buildBackupFile, serializeBackup, type BackupTables } from '../../domain/backup/backupFile'
import { readNodeBody } from '../../domain/document/documentOperations'
import type { StoreRecord } from '../../domain/backup/storeLoss'
import { docFromText, docText } from '../../domain/outline/richText'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { checkStoreOnStart } from '../../store/checkStoreOnStart'
import { useStorageHealth } from '../../store/storageHealthStore'
import { recoverFromCopyCommand, skipCopyRecoveryCommand } from './copyRecoveryCommands'
import { runLibraryCommand } from './libraryCommand'

let opfs = fakeOpfs()

beforeEach(async () => {
  await db.delete()
  await db.open()
  opfs = fakeOpfs()
  vi.stubGlobal('navigator', { storage: opfs.storage })
  useStorageHealth.setState({ wiped: null, recoverable: null, checked: false })
})
afterEach(() => vi.unstubAllGlobals())

const body = (text: string) => docFromText(text)

/**
 * The database that survived a full disk: 满盘计划 (一、第一章 "原有正文", 二、第二章) with a
 * version 初稿, and 另一个计划.
 */
async function survivingDatabase() {
  const planId = await createPlan(
    { title: '满盘计划', unit: '某单位', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '第一章', body: body('原有正文') },
        { id: 'B', parentId: null, orderKey: 'a1', title: '第二章', body: body('第二章正文') },
      ],
    },
  )
  await takeSnapshot(planId, 'manual', '初稿')
  const otherId = await createPlan({ title: '另一个计划', unit: '某单位', year: 2026 })
  return { planId, otherId }
}

/**
 * The copy written from memory while the database refused writes: the database's rows with the
 * text typed since (and a new item), plus a plan made meanwhile.
 */
async function copyFromMemory(planId: string): Promise<StoreRecord> {
  const plans = await db.plans.toArray()
  const nodes = (await db.nodes.toArray()).map((node) =>
    node.id === 'A' ? { ...node, body: body('原有正文满盘后输入的文字。') } : node,
  )
  const added: OutlineNode = {
    id: 'C',
    planId,
    parentId: null,
    orderKey: 'a2',
    title: '满盘时新加的一章',
    body: null,
  }
  const newPlan: Plan = { ...plans[0], id: 'NEW', title: '满盘时新建的计划', createdAt: 1 }
  const newNode: OutlineNode = { ...added, id: 'N1', planId: 'NEW', title: '新计划的一章' }
  const tables: BackupTables = {
    plans: [...plans, newPlan],
    nodes: [...nodes, added, newNode],
    phrases: [],
    phraseCategories: [],
    snapshots: [],
    settings: [],
    templates: [],
  }
  const at = Date.now() + 1
  const databaseId = await ensureDatabaseId()
  const record: StoreRecord = { databaseId, plans: 3, nodes: 4, at, fromMemory: true }
  opfs.files.set(COPY_FILE, new Blob([serializeBackup(buildBackupFile(tables, new Date(at)))]))
  opfs.files.set(COPY_RECORD_FILE, new Blob([JSON.stringify(record)]))
  return record
}

const markedFromMemory = async () =>
  (JSON.parse(await opfs.text(COPY_RECORD_FILE)) as StoreRecord).fromMemory === true

const titles = async () => (await db.plans.toArray()).map((plan) => plan.title).sort()

describe('找回 from the copy written while the disk was full', () => {
  it('is offered at start for the plans the copy holds newer, and only then', async () => {
    const { planId } = await survivingDatabase()
    await checkStoreOnStart()
    expect(useStorageHealth.getState().recoverable).toBeNull()

    useStorageHealth.setState({ checked: false })
    const record = await copyFromMemory(planId)
    await checkStoreOnStart()
    expect(useStorageHealth.getState()).toMatchObject({
      recoverable: { changed: [planId], added: ['NEW'], at: record.at },
      checked: false,
    })
  })

  it('找回这些内容 writes the copy into the plan’s document, keeps its versions, adds the new plan once', async () => {
    const { planId } = await survivingDatabase()
    await copyFromMemory(planId)
    await checkStoreOnStart()
    const offered = useStorageHealth.getState().recoverable
    expect(offered).toMatchObject({ changed: [planId], added: ['NEW'] })

    expect(await runLibraryCommand(recoverFromCopyCommand, offered ?? undefined)).toBe(2)
    // The document (what the editor binds to) and the rows hold the text typed since the disk filled.
    const { doc } = await acquirePlanDocument(planId)
    try {
      expect(docText(readNodeBody(doc, 'A'))).toBe('原有正文满盘后输入的文字。')
    } finally {
      releasePlanDocument(planId)
    }
    expect(docText((await db.nodes.get('A'))?.body)).toBe('原有正文满盘后输入的文字。')
    expect((await db.nodes.get('C'))?.title).toBe('满盘时新加的一章')
    expect(docText((await db.nodes.get('B'))?.body)).toBe('第二章正文')

    // The history is kept, and the plan as it was is a version 找回之前.
    const versions = await listSnapshots(planId)
    expect(versions.map((version) => version.label).sort()).toEqual(['初稿', '找回之前'])
    const before = await getSnapshot(versions.find((v) => v.label === '找回之前')!.id)
    expect(docText(before?.nodes.find((node) => node.id === 'A')?.body)).toBe('原有正文')
    expect(before?.nodes.map((node) => node.id).sort()).toEqual(['A', 'B'])

    // The plan made during the full disk is added with its item; nothing is doubled.
    expect(await titles()).toEqual(['另一个计划', '满盘时新建的计划', '满盘计划'])
    expect((await db.nodes.get('N1'))?.planId).toBe('NEW')
    expect(useStorageHealth.getState()).toMatchObject({ recoverable: null, checked: true })
    // Not offered again at the next start, even before the next copy is written.
    expect(await markedFromMemory()).toBe(false)

    // Found back twice (a second window, a double click): still nothing doubled, no new version.
    expect(await runLibraryCommand(recoverFromCopyCommand, offered ?? undefined)).toBe(0)
    expect(await runLibraryCommand(recoverFromCopyCommand, undefined)).toBe(0)
    expect(await titles()).toEqual(['另一个计划', '满盘时新建的计划', '满盘计划'])
    expect(await db.nodes.count()).toBe(4)
    expect(await listSnapshots(planId)).toHaveLength(2)
  })

  it('finds back a plan offered at start though it was edited since (the edit kept in 找回之前)', async () => {
    const { planId } = await survivingDatabase()
    await copyFromMemory(planId)
    await checkStoreOnStart()
    const offered = useStorageHealth.getState().recoverable ?? undefined
    await db.nodes.update('B', { body: body('开始后改的'), rev: 2 })
    await db.plans.update(planId, { updatedAt: Date.now() + 60_000 })
    expect(await runLibraryCommand(recoverFromCopyCommand, offered)).toBe(2)
    expect(docText((await db.nodes.get('A'))?.body)).toBe('原有正文满盘后输入的文字。')
    const versions = await listSnapshots(planId)
    const before = await getSnapshot(versions.find((v) => v.label === '找回之前')!.id)
    expect(docText(before?.nodes.find((node) => node.id === 'B')?.body)).toBe('开始后改的')
  })

  it('不找回 keeps the database as it is', async () => {
    const { planId } = await survivingDatabase()
    await copyFromMemory(planId)
    await checkStoreOnStart()
    expect(useStorageHealth.getState().recoverable).not.toBeNull()
    await runLibraryCommand(skipCopyRecoveryCommand, undefined)
    expect(useStorageHealth.getState()).toMatchObject({ recoverable: null, checked: true })
    expect(await markedFromMemory()).toBe(false)
    expect(docText((await db.nodes.get('A'))?.body)).toBe('原有正文')
    expect(await titles()).toEqual(['另一个计划', '满盘计划'])
    expect(await listSnapshots(planId)).toHaveLength(1)
  })
})
