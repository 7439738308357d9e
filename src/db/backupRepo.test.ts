import { beforeEach, describe, expect, it } from 'vitest'
import { buildBackupFile, serializeBackup, type BackupTables } from '../domain/backup/backupFile'
import { parseBackup } from '../domain/backup/parseBackup'
import { planIdOfSetting } from '../domain/backup/settingRules'
import { TEAM_SERVER_PREFIX } from '../domain/team/withoutTeamCodes'
import { docFromText } from '../domain/outline/richText'
import { readBackupTables, restoreBackup } from './backupRepo'
import { db } from './db'
import { addPhrase, createCategory, ensureBuiltinPhrases } from './phraseRepo'
import { createPlan } from './planRepo'
import { DOC_UPDATES_TABLE } from './schema'
import { settingKeys } from './schema'
import { setSetting } from './settingsRepo'
import { readTeamCode, writeTeamCode } from './teamCodes'
import { saveTeamServer } from './teamServerSettings'
import { restoreSnapshot, takeSnapshot } from './snapshotRepo'
import { ensureBuiltinTemplates, saveTemplateFromPlan } from './templateRepo'
import { trashPlan } from './trashRepo'

const fields = (title: string) => ({ title, unit: '某某镇总工会', year: 2027 })

/** Two plans (one in the trash), versions, built-in and own phrases, settings, a pending draft. */
async function seed() {
  await ensureBuiltinPhrases()
  const first = await createPlan(fields('2027年工作计划'), {
    preamble: docFromText('坚持稳中求进'),
    nodes: [
      { id: 'A', parentId: null, orderKey: 'a0', title: '加强思想引领', body: null },
      { id: 'A1', parentId: 'A', orderKey: 'a0', title: '深化学习', body: docFromText('学习') },
      { id: 'B', parentId: null, orderKey: 'a1', title: '维护职工权益', body: null },
    ],
  })
  const second = await createPlan(fields('2026年工作要点'), {
    nodes: [{ id: 'C', parentId: null, orderKey: 'a0', title: '旧条目', body: null }],
  })
  await takeSnapshot(first, 'manual', '初稿')
  await trashPlan(second)
  const category = await createCategory('会议')
  await addPhrase('召开××职代会', category)
  await setSetting(settingKeys.printHeader(first), { subtitle: '（草案）' })
  await setSetting(settingKeys.outlinePaneWidth, 320)
  await db.nodes.update('A1', { body: docFromText('刚刚输入的文字') })
  await ensureBuiltinTemplates()
  await saveTemplateFromPlan(first, {
    name: '我的模板',
    kind: '工会',
    description: '',
    withBodies: true,
  })
  return { first, second }
}

/** Every table, every row, in key order. */
async function dump(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys()
    const rows = await table.bulkGet(keys.sort())
    tables[table.name] = rows
  }
  return tables
}

async function exported(now = Date.now()): Promise<string> {
  return serializeBackup(buildBackupFile(await readBackupTables(now), new Date(now)))
}

function parsed(text: string): BackupTables {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(result.error)
  return result.backup.tables
}

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('backup and restore', () => {
  it('export → wipe → restore (replace) gives every table back row by row', async () => {
    await seed()
    const text = await exported()
    // The plans' documents are not in the file: they are made from the rows when next opened.
    const { [DOC_UPDATES_TABLE]: documents, ...before } = await dump()
    expect(documents).toBeDefined()
    expect(before.migrationBackups).toEqual([])
    expect(Object.keys(before).sort()).toEqual(
      [
        'migrationBackups',
        'nodes',
        'phraseCategories',
        'phrases',
        'plans',
        'settings',
        'snapshots',
        'templates',
      ].sort(),
    )
    await db.delete()
    await db.open()
    await restoreBackup(parsed(text), 'replace')
    const { [DOC_UPDATES_TABLE]: restoredDocuments, ...after } = await dump()
    expect(restoredDocuments).toEqual([])
    for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name])
  })

  it('writes the items of every plan into the file, the trash too, and records the time', async () => {
    await seed()
    const tables = parsed(await exported(5_000))
    expect(tables.nodes.find((node) => node.id === 'A1')?.body).toEqual(
      docFromText('刚刚输入的文字'),
    )
    expect(tables.nodes.find((node) => node.id === 'C')?.title).toBe('旧条目')
    expect(tables.settings).toContainEqual({ key: settingKeys.lastBackupAt, value: 5_000 })
    expect((await db.settings.get(settingKeys.lastBackupAt))?.value).toBe(5_000)
  })

  it('replace removes what was there; a restore that fails changes nothing', async () => {
    await seed()
    const text = await exported()
    const extra = await createPlan(fields('备份之后的计划'))
    await restoreBackup(parsed(text), 'replace')
    expect(await db.plans.get(extra)).toBeUndefined()
    const before = await dump()
    const broken = parsed(text)
    broken.phrases.push({ ...broken.phrases[0] })
    await expect(restoreBackup(broken, 'replace')).rejects.toThrow()
    const clashing = parsed(text)
    clashing.nodes.push({ ...clashing.nodes[0] })
    await expect(restoreBackup(clashing, 'merge')).rejects.toThrow()
    expect(await dump()).toEqual(before)
  })

  it('merge of the same file into the same database adds nothing: every plan is here', async () => {
    await seed()
    const text = await exported()
    const before = await dump()
    const result = await restoreBackup(parsed(text), 'merge')
    expect(result).toEqual({ plans: 0, skippedPlans: 2, skippedPhrases: before.phrases.length })
    expect(await dump()).toEqual(before)
  })

  it('merge adds plans that differ from the ones here under new ids, with their versions', async () => {
    const { first } = await seed()
    const text = await exported()
    // Changed here since the backup: the file's plans are no longer the same as these.
    await db.nodes.update('A', { title: '加强思想政治引领' })
    await db.nodes.update('C', { title: '旧条目（改）' })
    const before = await dump()
    const result = await restoreBackup(parsed(text), 'merge')
    expect(result).toMatchObject({ plans: 2, skippedPlans: 0 })
    expect(result.skippedPhrases).toBe(before.phrases.length)
    const after = await dump()
    expect(after.plans).toHaveLength(4)
    expect(after.nodes).toHaveLength(8)
    expect(after.snapshots).toHaveLength(2)
    expect(after.phrases).toHaveLength(before.phrases.length)
    expect(after.phraseCategories).toHaveLength(before.phraseCategories.length)
    // Nothing that was there changed.
    for (const name of Object.keys(before))
      for (const row of before[name]) expect(after[name]).toContainEqual(row)
    const copy = (await db.plans.toArray()).find(
      (plan) => plan.title === '2027年工作计划' && plan.id !== first,
    )!
    expect(await db.nodes.where('planId').equals(copy.id).count()).toBe(3)
    const header = (await db.settings.toArray()).filter((row) => row.key.startsWith('printHeader'))
    expect(header.map((row) => planIdOfSetting(row.key)).sort()).toEqual([first, copy.id].sort())
    // The copy's version restores into the copy without touching the original.
    const version = await db.snapshots.where('planId').equals(copy.id).first()
    await restoreSnapshot(version!.id)
    expect(await db.nodes.where('planId').equals(first).count()).toBe(3)
    expect(await db.nodes.where('planId').equals(copy.id).count()).toBe(3)
  })

  it('a backup of a plan connected to a team server holds its address, never its 协作码', async () => {
    const planId = await createPlan(fields('团队计划'), {
      nodes: [{ id: 'T', parentId: null, orderKey: 'a0', title: '章', body: null }],
    })
    const secret = 'SeCrEt-token-of-the-team-plan'
    await saveTeamServer(planId, { url: 'ws://127.0.0.1:1234', code: `${planId}.${secret}` })
    // A row an earlier build wrote, the code in it, for a plan this browser also has.
    const old = await createPlan(fields('旧连接'), { nodes: [] })
    const oldSecret = 'an-older-build-kept-me'
    await setSetting(settingKeys.teamServer(old), { url: 'ws://h:1', code: `${old}.${oldSecret}` })
    expect(TEAM_SERVER_PREFIX).toBe(settingKeys.teamServer(''))
    expect(readTeamCode(planId)).toBe(`${planId}.${secret}`)

    const tables = await readBackupTables()
    const file = serializeBackup(buildBackupFile(tables, new Date()))
    expect(file).not.toContain(secret)
    expect(file).not.toContain(oldSecret)
    expect(
      tables.settings.find((row) => row.key === settingKeys.teamServer(planId))?.value,
    ).toEqual({ url: 'ws://127.0.0.1:1234' })

    // Restored (on another computer, say): the address comes back, the code must be typed again.
    writeTeamCode(planId, null)
    await restoreBackup(parsed(file), 'replace')
    expect(await db.settings.get(settingKeys.teamServer(planId))).toEqual({
      key: settingKeys.teamServer(planId),
      value: { url: 'ws://127.0.0.1:1234' },
    })
    expect(readTeamCode(planId)).toBeNull()
  })

  it('the print header key is the one the backup rules know', () => {
    expect(planIdOfSetting(settingKeys.printHeader('P1'))).toBe('P1')
  })
})
