import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { applyChangeToDocument } from '../domain/document/applyChangeToDocument'
import type { BackupFile } from '../domain/backup/backupFile'
import { parseStoreRecord } from '../domain/backup/storeLoss'
import { docFromText, docText } from '../domain/outline/richText'
import { startMemoryMirror } from './databaseHealth'
import { db } from './db'
import { fakeOpfs } from './fakeOpfs'
import { COPY_FILE, COPY_RECORD_FILE } from './localCopyFiles'
import { resetMemoryMirror } from './memoryMirror'
import { writeMemoryLocalCopy } from './memoryLocalCopy'
import { acquirePlanDocument, releasePlanDocument } from './planDocuments'
import { createPlan } from './planRepo'
import { takeSnapshot } from './snapshotRepo'
import { ensureDatabaseId } from './storeRecord'

let opfs = fakeOpfs()

beforeEach(async () => {
  await db.delete()
  await db.open()
  resetMemoryMirror()
  opfs = fakeOpfs()
  vi.stubGlobal('navigator', { storage: opfs.storage })
})
afterEach(() => vi.unstubAllGlobals())

async function seed() {
  const planId = await createPlan(
    { title: '满盘计划', unit: '某单位', year: 2026 },
    {
      nodes: [{ id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: docFromText('原有') }],
    },
  )
  await takeSnapshot(planId, 'manual', '初稿')
  return planId
}

/** Text typed into item A's body: in the open document at once (its row only at a pause). */
async function typeIntoA(planId: string, text: string) {
  const { doc } = await acquirePlanDocument(planId)
  const row = await db.nodes.get('A')
  if (!row) throw new Error('no row')
  applyChangeToDocument(
    doc,
    {
      added: [],
      updated: [{ before: row, after: { ...row, body: docFromText(text) } }],
      removed: [],
    },
    'typing',
  )
}

describe('writeMemoryLocalCopy', () => {
  it('writes the copy from memory with the text open documents hold, marked fromMemory with its time', async () => {
    const databaseId = await ensureDatabaseId()
    const planId = await seed()
    await startMemoryMirror()
    await typeIntoA(planId, '原有满盘后输入')
    try {
      const report = await writeMemoryLocalCopy([], new Date(5_000))
      expect(report).toMatchObject({ ok: true })
      const record = parseStoreRecord(await opfs.text(COPY_RECORD_FILE))
      expect(record).toEqual({ databaseId, plans: 1, nodes: 1, at: 5_000, fromMemory: true })
      const file = JSON.parse(await opfs.text(COPY_FILE)) as BackupFile
      expect(file.format).toBe('plandraft-backup')
      expect(docText(file.tables.nodes.find((node) => node.id === 'A')?.body)).toBe(
        '原有满盘后输入',
      )
      // Like the worker's copy, without the version history.
      expect(file.tables.snapshots).toEqual([])
    } finally {
      releasePlanDocument(planId)
    }
  })

  it('keeps the last copy whole when the disk refuses the write', async () => {
    await ensureDatabaseId()
    await seed()
    await startMemoryMirror()
    expect((await writeMemoryLocalCopy([], new Date(1_000))).ok).toBe(true)
    const before = await opfs.text(COPY_FILE)
    opfs.state.refuseWrites = true
    const report = await writeMemoryLocalCopy([], new Date(2_000))
    expect(report.ok).toBe(false)
    expect(opfs.state.aborted).toBe(1)
    expect(await opfs.text(COPY_FILE)).toBe(before)
    expect(parseStoreRecord(await opfs.text(COPY_RECORD_FILE))?.at).toBe(1_000)
  })

  it('writes nothing until memory holds the whole database', async () => {
    await ensureDatabaseId()
    await seed()
    expect((await writeMemoryLocalCopy()).ok).toBe(false)
    expect(opfs.files.size).toBe(0)
  })
})
