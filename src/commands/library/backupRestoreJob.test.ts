import { beforeEach, describe, expect, it } from 'vitest'
import { serializeBackup } from '../../domain/backup/backupFile'
import { largeBackup } from '../../domain/backup/largeBackup'
import { testBackup } from '../../domain/backup/testBackup'
import { LIMITS } from '../../domain/limits/limits'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import type { JobReport } from './backupRestoreMessages'
import { createBackupRestoreJob } from './backupRestoreJob'

/** Every table, every row, in key order. */
async function dump(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) tables[table.name] = await table.toArray()
  return tables
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await createPlan({ title: '已有的计划', unit: '某某镇总工会', year: 2027 })
})

/** The job as its worker runs it, with every report kept. */
function job(onReport: (report: JobReport) => void = () => undefined) {
  const reports: JobReport[] = []
  const handle = createBackupRestoreJob((report) => {
    reports.push(report)
    onReport(report)
  })
  const outcome = () => reports.filter((report) => report.type !== 'progress').at(-1)
  const shares = (stage: string) =>
    reports.flatMap((report) =>
      report.type === 'progress' && report.stage === stage ? [report.share] : [],
    )
  return { handle, outcome, shares }
}

const file = (text: string) => new Blob([text], { type: 'application/json' })

describe('the backup restore job (what the worker runs)', () => {
  it('reads a file with progress, shows its summary, then merges it', async () => {
    const { handle, outcome, shares } = job()
    await handle({ type: 'read', file: file(serializeBackup(largeBackup(5_000, 2))) })
    expect(outcome()).toMatchObject({ type: 'read', ok: true, summary: { nodes: 5_000 } })
    const read = [...shares('reading'), ...shares('checking')]
    expect(read).toEqual([...read].sort((a, b) => a - b))
    expect(read.at(-1)).toBe(1)
    await handle({ type: 'restore', mode: 'merge' })
    expect(outcome()).toMatchObject({ type: 'restored', ok: true, result: { plans: 2 } })
    expect(shares('writing').at(-1)).toBe(1)
    expect(await db.plans.count()).toBe(3)
    expect(await db.nodes.count()).toBe(5_000)
  })

  it('refuses a file over backupBytes without reading it, changing nothing', async () => {
    const before = await dump()
    const { handle, outcome } = job()
    const huge = {
      size: LIMITS.backupBytes + 1,
      stream: () => {
        throw new Error('read')
      },
    }
    await handle({ type: 'read', file: huge as unknown as Blob })
    expect(outcome()).toEqual({
      type: 'read',
      ok: false,
      error: '备份文件超过 200 MB，无法恢复。未做任何更改。',
    })
    expect(await dump()).toEqual(before)
  })

  it('a refused file is reported in Chinese and nothing is written', async () => {
    const before = await dump()
    const { handle, outcome } = job()
    const text = serializeBackup(testBackup()).replace('"plans":[{', '"plans":[{"__proto__":{},')
    await handle({ type: 'read', file: file(text) })
    expect(outcome()).toMatchObject({
      type: 'read',
      ok: false,
      error: expect.stringMatching(/^备份文件有误：第 1 个计划含有不安全的名称“__proto__”/),
    })
    expect(await dump()).toEqual(before)
  })

  for (const mode of ['merge', 'replace'] as const)
    it(`a stop while writing (${mode}) aborts the transaction: nothing is changed`, async () => {
      const before = await dump()
      let stopAsked = false
      const { handle, outcome } = job((report) => {
        // Asked once the first slices are written, as a click on 取消 comes in.
        if (
          report.type === 'progress' &&
          report.stage === 'writing' &&
          report.share > 0.2 &&
          !stopAsked
        ) {
          stopAsked = true
          void handle({ type: 'stop' })
        }
      })
      await handle({ type: 'read', file: file(serializeBackup(largeBackup(10_000, 2))) })
      await handle({ type: 'restore', mode })
      expect(stopAsked).toBe(true)
      expect(outcome()).toEqual({
        type: 'restored',
        ok: false,
        stopped: true,
        error: '已取消恢复。现有数据没有任何改动。',
      })
      expect(await dump()).toEqual(before)
    })
})
