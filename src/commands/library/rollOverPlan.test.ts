import { beforeEach, describe, expect, it } from 'vitest'
import { readBackupTables, restoreBackup } from '../../db/backupRepo'
import { db } from '../../db/db'
import { buildBackupFile, serializeBackup } from '../../domain/backup/backupFile'
import { parseBackup } from '../../domain/backup/parseBackup'
import { createPlan } from '../../db/planRepo'
import { settingKeys } from '../../db/schema'
import { docFromText, docText } from '../../domain/outline/richText'
import { isRolloverReport, type RolloverReport } from '../../domain/rollover/rolloverReport'
import { useUndoStore } from '../../store/undoStore'
import { rolloverFix, setRolloverYears } from '../plan/rollOverFix'
import { replayUndo, runPlanCommand } from '../runPlanCommand'
import { runLibraryCommand } from './libraryCommand'
import { rollOverPlanCommand } from './rollOverPlan'

async function seed() {
  return createPlan(
    { title: '某某镇总工会2025年工作计划', unit: '某某镇总工会', year: 2025 },
    {
      preamble: docFromText('2025年，镇总工会工作的总体思路是：'),
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '2025年重点工作', body: null },
        {
          id: 'B',
          parentId: 'A',
          orderKey: 'a0',
          title: '深化劳动竞赛',
          body: docFromText('比2024年增长12%。'),
        },
      ],
    },
  )
}

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const newNodes = (planId: string) => db.nodes.where('planId').equals(planId).toArray()
/** The new plan's one chapter (the other item is under it). */
const chapterTitle = async (planId: string) =>
  (await newNodes(planId)).find((node) => node.parentId === null)?.title

describe('复制为新年度计划, the command', () => {
  it('writes the new plan, its items and its report at once; the source is unchanged', async () => {
    const sourceId = await seed()
    await db.nodes.update('B', { body: docFromText('比2024年增长12%。到2025年底完成。') })
    const report = await runLibraryCommand(rollOverPlanCommand, {
      planId: sourceId,
      toYear: 2026,
      keepBodies: true,
    })
    const plan = await db.plans.get(report.planId)
    expect(plan).toMatchObject({
      title: '某某镇总工会2026年工作计划',
      year: 2026,
      sourcePlanId: sourceId,
    })
    expect(docText(plan?.preamble)).toBe('2026年，镇总工会工作的总体思路是：')
    const nodes = await db.nodes.where('planId').equals(report.planId).toArray()
    expect(nodes.map((node) => node.title).sort()).toEqual(['2026年重点工作', '深化劳动竞赛'])
    const body = nodes.find((node) => node.title === '深化劳动竞赛')
    expect(docText(body?.body)).toBe('比2024年增长12%。到2026年底完成。')
    expect(nodes.every((node) => node.id !== 'A' && node.id !== 'B')).toBe(true)
    expect(plan?.charCount).toBeGreaterThan(20)

    const stored = (await db.settings.get(settingKeys.rolloverReport(report.planId)))?.value
    expect(isRolloverReport(stored)).toBe(true)
    expect((stored as RolloverReport).entries.map((entry) => entry.replaced)).toEqual([
      true, // title
      true, // preamble
      true, // 2025年重点工作
      false, // 比2024年
      true, // 2025年底
    ])
    const source = await db.plans.get(sourceId)
    expect(source?.title).toBe('某某镇总工会2025年工作计划')
    expect(docText((await db.nodes.get('B'))?.body)).toBe('比2024年增长12%。到2025年底完成。')
  })

  it('a new year not after the plan year is refused and nothing is written', async () => {
    const sourceId = await seed()
    for (const toYear of [2025, 2024]) {
      await expect(
        runLibraryCommand(rollOverPlanCommand, { planId: sourceId, toYear, keepBodies: true }),
      ).rejects.toThrow(toYear === 2025 ? '相同' : '不能早于')
    }
    expect(await db.plans.count()).toBe(1)
    expect(await db.nodes.count()).toBe(2)
    expect(await db.settings.count()).toBe(0)
  })

  it('撤销此处 and 改为新年度 rewrite one place as one undo step; 保留为历史年份 is undoable', async () => {
    const sourceId = await seed()
    const report = await runLibraryCommand(rollOverPlanCommand, {
      planId: sourceId,
      toYear: 2026,
      keepBodies: true,
    })
    const planId = report.planId
    useUndoStore.getState().reset(planId)
    const [, , chapter, lastYear] = report.entries

    await runPlanCommand(rolloverFix, planId, { entry: chapter, to: 'original' })
    expect(await chapterTitle(planId)).toBe('2025年重点工作')
    await runPlanCommand(rolloverFix, planId, { entry: lastYear, to: 'replacement' })
    const body = async () =>
      docText((await newNodes(planId)).find((node) => node.parentId !== null)?.body)
    expect(await body()).toBe('比2025年增长12%。')
    // The year set from the report is a comparison year: the plan check accepts it.
    expect((await db.plans.get(planId))?.comparisonYears).toEqual([2025])

    await replayUndo(planId, 'undo')
    expect(await body()).toBe('比2024年增长12%。')
    expect((await db.plans.get(planId))?.comparisonYears).toBeUndefined()
    await replayUndo(planId, 'undo')
    expect(await chapterTitle(planId)).toBe('2026年重点工作')

    // 撤销此处 of 改为“2025”: the text and the comparison year go back together.
    await runPlanCommand(rolloverFix, planId, { entry: lastYear, to: 'replacement' })
    await runPlanCommand(rolloverFix, planId, { entry: lastYear, to: 'original' })
    expect(await body()).toBe('比2024年增长12%。')
    expect((await db.plans.get(planId))?.comparisonYears).toBeUndefined()

    const keep = { years: [2024], list: 'keptYears' as const, accept: true }
    await runPlanCommand(setRolloverYears, planId, keep)
    expect((await db.plans.get(planId))?.keptYears).toEqual([2024])
    await replayUndo(planId, 'undo')
    expect((await db.plans.get(planId))?.keptYears ?? []).toEqual([])
    // 作为对比年份 and its 取消: each one step.
    const compare = { years: [2024], list: 'comparisonYears' as const, accept: true }
    await runPlanCommand(setRolloverYears, planId, compare)
    expect((await db.plans.get(planId))?.comparisonYears).toEqual([2024])
    await runPlanCommand(setRolloverYears, planId, { ...compare, accept: false })
    expect((await db.plans.get(planId))?.comparisonYears).toBeUndefined()
    await replayUndo(planId, 'undo')
    expect((await db.plans.get(planId))?.comparisonYears).toEqual([2024])
  })

  it('the report, the link back and the kept years go into a backup and come back from it', async () => {
    const sourceId = await seed()
    const report = await runLibraryCommand(rollOverPlanCommand, {
      planId: sourceId,
      toYear: 2026,
      keepBodies: true,
    })
    await runPlanCommand(setRolloverYears, report.planId, {
      years: [2024],
      list: 'keptYears',
      accept: true,
    })
    await runPlanCommand(setRolloverYears, report.planId, {
      years: [2023],
      list: 'comparisonYears',
      accept: true,
    })
    const text = serializeBackup(buildBackupFile(await readBackupTables(), new Date()))
    await db.delete()
    await db.open()
    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.error)
    await restoreBackup(parsed.backup.tables, 'replace')
    expect(await db.plans.get(report.planId)).toMatchObject({
      sourcePlanId: sourceId,
      keptYears: [2024],
      comparisonYears: [2023],
    })
    const stored = (await db.settings.get(settingKeys.rolloverReport(report.planId)))?.value
    expect(stored).toEqual(report)
  })
})
