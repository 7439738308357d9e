import Dexie from 'dexie'
import yDexie from 'y-dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseBackup } from '../domain/backup/parseBackup'
import { planFieldsFromDocument, rowsFromDocument } from '../domain/document/documentRows'
import { documentFromRows } from '../domain/document/documentRows'
import { numbersOfRows } from '../domain/outline/numbering'
import { docFromText, docText } from '../domain/outline/richText'
import { buildTree, flattenTree } from '../domain/outline/tree'
import type { OutlineNode, Plan } from '../domain/outline/types'
import { db } from './db'
import { MIGRATION_BACKUP_ID, type MigrationBackupRow } from './migrationBackup'
import {
  compactMigrationBackups,
  deleteMigrationBackup,
  listMigrationBackups,
  migrationBackupText,
} from './migrationBackupRepo'
import { acquirePlanDocument, closeAllPlanDocuments, releasePlanDocument } from './planDocuments'
import {
  DB_NAME,
  DOC_UPDATES_TABLE,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
} from './schema'

// Each earlier schema version's database, as that version wrote it, opened by today's app: every
// plan's document (made at first open) shows what that version stored, drafts folded in, and
// the upgrade kept a backup of it all first.

const SCHEMAS: Record<number, Record<string, string>> = {
  1: schemaV1,
  2: schemaV2,
  3: schemaV3,
  4: schemaV4,
  5: schemaV5,
  6: schemaV6,
}

const plan = (version: number): Plan => ({
  id: 'P',
  title: `某某镇总工会2026年工作计划（v${version}）`,
  unit: '某某镇总工会',
  year: 2026,
  numbering: { scheme: 'twoLevel', continuousLevel2: false },
  preamble: docFromText('以习近平新时代中国特色社会主义思想为指导。'),
  createdAt: 1,
  updatedAt: 2,
  charCount: 0,
  // 主送, 附件说明, 落款, 成文日期 exist from version 5 on.
  ...(version >= 5 && {
    recipient: '各村（社区）工会',
    attachments: ['1.重点任务分工表', '2.时间安排'],
    signature: '某某镇总工会',
    issuedOn: '2026-01-05',
  }),
})

const node = (
  id: string,
  parentId: string | null,
  orderKey: string,
  title: string,
  body: string | null,
): OutlineNode => ({
  id,
  planId: 'P',
  parentId,
  orderKey,
  title,
  body: body === null ? null : docFromText(body),
})

// Stored out of order, as rows are: the document must show them by parent and order key.
const NODES = [
  node('B1', 'B', 'a0', '深化理论学习', '组织职工系统学习。'),
  node('B', null, 'a1', '加强思想引领', null),
  node('A', null, 'a0', '总体要求', '坚持稳中求进。'),
  node('B2', 'B', 'a1', '开展技能竞赛', '每季度一次。'),
]

const TYPED = docFromText('每季度一次，年底总结。')

const TRASHED: Plan = {
  ...plan(1),
  id: 'T',
  title: '回收站中的计划',
  preamble: null,
  deletedAt: 10,
}
const TRASHED_NODE: OutlineNode = { ...node('T1', null, 'a0', '旧条目', '旧正文'), planId: 'T' }

/** Make the database `version` wrote, under the app's name, and close it. */
async function databaseOf(version: number): Promise<void> {
  const old = new Dexie(DB_NAME, version === 6 ? { addons: [yDexie] } : {})
  old.version(version).stores(SCHEMAS[version])
  await old.open()
  await old.table('plans').add(plan(version))
  // Version 6 folded a plan's drafts before it made its document: its rows hold the text.
  const nodes =
    version === 6 ? NODES.map((row) => (row.id === 'B2' ? { ...row, body: TYPED } : row)) : NODES
  await old.table('nodes').bulkAdd(nodes)
  await old.table('phraseCategories').add({ id: 'c', name: '会议', order: 0, builtin: false })
  await old.table('phrases').add({
    id: 'ph',
    text: '召开××职代会',
    categoryId: 'c',
    useCount: 2,
    lastUsedAt: 3,
    createdAt: 1,
  })
  await old.table('settings').add({ key: 'phrasePanelOpen', value: false })
  // Typed and not yet folded when that version's page closed (drafts exist from version 2).
  if (version >= 2 && version < 6)
    await old.table('drafts').add({ nodeId: 'B2', planId: 'P', body: TYPED, savedAt: 3 })
  // A plan version 6 never opened may still hold one an earlier version left.
  if (version === 6)
    await old.table('drafts').add({ nodeId: 'T1', planId: 'T', body: TYPED, savedAt: 3 })
  if (version >= 3) {
    await old.table('plans').add(TRASHED)
    await old.table('nodes').add(TRASHED_NODE)
    await old.table('snapshots').add({
      id: 's',
      planId: 'P',
      createdAt: 5,
      label: '初稿',
      kind: 'manual',
      plan: plan(version),
      nodes: NODES,
      charCount: 0,
    })
  }
  if (version >= 4)
    await old.table('templates').add({
      id: 'tpl',
      name: '我的模板',
      kind: '工会',
      description: '',
      planTitle: '{{单位}}{{年度}}年工作计划',
      numbering: { scheme: 'standard', continuousLevel2: false },
      preamble: null,
      nodes: [],
      withBodies: false,
      createdAt: 4,
      updatedAt: 4,
      itemCount: 0,
      charCount: 0,
    })
  // Version 6: a plan opened there already has its document (here, one made from the rows with
  // one edit made since: the title of 总体要求 changed in the document).
  if (version === 6) {
    const doc = documentFromRows({ ...plan(6) }, nodes)
    doc.transact(() => {
      const record = doc.getMap<Y.Map<unknown>>('nodes').get('A')!
      const title = new Y.Text()
      title.insert(0, '总体要求和目标')
      record.set('title', title)
    })
    await old.table(DOC_UPDATES_TABLE).add({ k: 'P', u: Y.encodeStateAsUpdateV2(doc) })
  }
  old.close()
}

/** The document's projection as a reader sees it: number, title and body text, in order. */
function projection(doc: Y.Doc) {
  const fields = planFieldsFromDocument(doc)
  const rows = flattenTree(buildTree(rowsFromDocument(doc)))
  const numbers = numbersOfRows(rows, fields.numbering)
  return {
    fields,
    preamble: docText(fields.preamble),
    items: rows.map(({ node }) => `${numbers.get(node.id)}${node.title}｜${docText(node.body)}`),
  }
}

beforeEach(async () => {
  await closeAllPlanDocuments()
  await db.delete()
  // Dexie's query cache outlives a delete; a database created anew clears it (a page load
  // starts without one), then it goes again for the old version's.
  await db.open()
  await db.delete()
})

describe('opening a database of every earlier version: plans become documents', () => {
  for (const version of [1, 2, 3, 4, 5, 6]) {
    it(`version ${version}: each plan's document shows what it stored, drafts folded in, a backup kept`, async () => {
      await databaseOf(version)
      await db.open()
      expect(db.verno).toBe(7)
      // The drafts table is gone, its text in the items; a backup table came.
      expect(db.tables.map((table) => table.name)).not.toContain('drafts')
      expect(db.backendDB().objectStoreNames.contains('drafts')).toBe(false)
      const typed = version >= 2 ? '每季度一次，年底总结。' : '每季度一次。'

      // The backup, kept once before any plan was made a document: a file the app restores.
      const backups = await db.migrationBackups.toArray()
      expect(backups.map(({ id, fromVersion }) => ({ id, fromVersion }))).toEqual([
        { id: MIGRATION_BACKUP_ID, fromVersion: version },
      ])
      const backup = backups[0] as MigrationBackupRow
      const parsed = parseBackup(backup.text ?? '')
      if (!parsed.ok) throw new Error(parsed.error)
      const tables = parsed.backup.tables
      expect(tables.plans.map((row) => row.title).sort()).toEqual(
        [plan(version).title, ...(version >= 3 ? [TRASHED.title] : [])].sort(),
      )
      expect(backup.plans).toBe(version >= 3 ? 2 : 1)
      const inBackup = new Map(tables.nodes.map((row) => [row.id, row]))
      expect(docText(inBackup.get('B2')?.body)).toBe(typed)
      expect(inBackup.get('A')?.title).toBe('总体要求')
      expect(tables.phrases.map((row) => row.text)).toEqual(['召开××职代会'])
      expect(tables.snapshots.map((row) => row.label)).toEqual(version >= 3 ? ['初稿'] : [])
      expect(tables.templates.map((row) => row.name)).toEqual(version >= 4 ? ['我的模板'] : [])
      expect(tables.plans.find((row) => row.id === 'P')?.recipient).toBe(
        version >= 5 ? '各村（社区）工会' : undefined,
      )

      // The plan's document, as the app opens it.
      const opened = await acquirePlanDocument('P')
      const seen = projection(opened.doc)
      releasePlanDocument('P')
      expect(seen.fields).toMatchObject({
        id: 'P',
        title: plan(version).title,
        unit: '某某镇总工会',
        year: 2026,
        numbering: { scheme: 'twoLevel', continuousLevel2: false },
      })
      expect(seen.preamble).toBe('以习近平新时代中国特色社会主义思想为指导。')
      expect(seen.items).toEqual([
        `一、${version === 6 ? '总体要求和目标' : '总体要求'}｜坚持稳中求进。`,
        '二、加强思想引领｜',
        '1、深化理论学习｜组织职工系统学习。',
        `2、开展技能竞赛｜${typed}`,
      ])
      const closing = {
        recipient: seen.fields.recipient,
        attachments: seen.fields.attachments,
        signature: seen.fields.signature,
        issuedOn: seen.fields.issuedOn,
      }
      expect(closing).toEqual(
        version >= 5
          ? {
              recipient: '各村（社区）工会',
              attachments: ['1.重点任务分工表', '2.时间安排'],
              signature: '某某镇总工会',
              issuedOn: '2026-01-05',
            }
          : {
              recipient: undefined,
              attachments: undefined,
              signature: undefined,
              issuedOn: undefined,
            },
      )
      if (version >= 3) {
        const trashed = await acquirePlanDocument('T')
        expect(projection(trashed.doc).items).toEqual([
          `一、旧条目｜${version === 6 ? docText(TYPED) : '旧正文'}`,
        ])
        releasePlanDocument('T')
      }
      // The rows follow the document (the library and every reader read them).
      await closeAllPlanDocuments()
      expect(docText((await db.nodes.get('B2'))?.body)).toBe(typed)
    })
  }

  it('an earlier database without plans keeps no backup', async () => {
    const old = new Dexie(DB_NAME)
    old.version(2).stores(schemaV2)
    await old.open()
    await old.table('settings').add({ key: 'phrasePanelOpen', value: false })
    old.close()
    await db.open()
    expect(db.verno).toBe(7)
    expect(await db.migrationBackups.count()).toBe(0)
    expect(await db.settings.get('phrasePanelOpen')).toEqual({
      key: 'phrasePanelOpen',
      value: false,
    })
  })

  it('a database made new at version 7 runs no upgrade and keeps no backup', async () => {
    await db.open()
    await db.plans.add(plan(7))
    expect(await db.migrationBackups.count()).toBe(0)
  })
})

describe('the backup kept by the upgrade, afterwards', () => {
  it('is compacted (gzipped) once, reads back the same file, and can be deleted', async () => {
    await databaseOf(5)
    await db.open()
    const [before] = await listMigrationBackups()
    const text = await migrationBackupText(before.id)
    await compactMigrationBackups()
    const row = (await db.migrationBackups.get(before.id))!
    expect(row.text).toBeUndefined()
    expect(row.gzip?.byteLength).toBeGreaterThan(0)
    const [after] = await listMigrationBackups()
    expect(after.bytes).toBeLessThan(before.bytes)
    expect(await migrationBackupText(before.id)).toBe(text)
    // Once compacted, again changes nothing.
    await compactMigrationBackups()
    expect((await db.migrationBackups.get(before.id))?.gzip).toEqual(row.gzip)
    await deleteMigrationBackup(before.id)
    expect(await listMigrationBackups()).toEqual([])
  })
})
