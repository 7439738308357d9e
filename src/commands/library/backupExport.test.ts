import { beforeEach, describe, expect, it } from 'vitest'
import { parseBackup } from '../../domain/backup/parseBackup'
import { largeBackup } from '../../domain/backup/largeBackup'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import { settingKeys } from '../../db/schema'
import { exportBackupCommand } from './backupCommands'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('备份全部数据 (made where no worker starts: here, as the worker makes it)', () => {
  it('reads every row in pages with progress, then writes the file; the time is stored after', async () => {
    const { tables } = largeBackup(12_000, 2)
    await db.plans.bulkAdd(tables.plans)
    await db.nodes.bulkAdd(tables.nodes)
    await createPlan({ title: '另一个计划', unit: '某某镇总工会', year: 2027 })
    const stages: string[] = []
    const shares: number[] = []
    const made = await exportBackupCommand.perform({
      onProgress: (stage, share) => {
        if (stages.at(-1) !== stage) stages.push(stage)
        shares.push(share)
      },
    })
    expect(stages).toEqual(['reading', 'writing'])
    // The bar moves in several steps, not from 0 to done at once.
    expect(shares.filter((share) => share > 0 && share < 1).length).toBeGreaterThan(4)
    const parsed = parseBackup(await made.blob.text())
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.tables.plans).toHaveLength(3)
    expect(parsed.backup.tables.nodes).toHaveLength(12_000)
    const stored = await db.settings.get(settingKeys.lastBackupAt)
    expect(parsed.backup.tables.settings).toContainEqual(stored)
  })

  it('取消 before it is done: nothing made, the backup time not stored', async () => {
    await createPlan({ title: '计划', unit: '某某镇总工会', year: 2027 })
    const controller = new AbortController()
    controller.abort()
    await expect(exportBackupCommand.perform({ signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(await db.settings.get(settingKeys.lastBackupAt)).toBeUndefined()
  })
})
