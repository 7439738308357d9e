import { beforeEach, describe, expect, it } from 'vitest'
import { parseImport } from '../../domain/import/parseImport'
import { sourceLinesFromText } from '../../domain/import/sourceLinesFromText'
import { LIMITS } from '../../domain/limits/limits'
import { db } from '../../db/db'
import { createImportJob } from './importJob'
import type { ImportReport } from './importJobMessages'
import { ImportWriteError, startImportSession } from './importSession'

/** `count` lines: a chapter every `every` lines, body text between. */
function planText(count: number, every: number): string {
  const lines: string[] = []
  for (let index = 0; index < count; index++)
    lines.push(
      index % every === 0
        ? `${(index / every) % 9 === 0 ? '一' : '二'}、第${index + 1}行的标题`
        : `第${index + 1}行的正文，写明工作内容。`,
    )
  return lines.join('\n')
}

const fields = { title: '导入的计划', unit: '某某镇总工会', year: 2027 }

beforeEach(async () => {
  await db.plans.clear()
  await db.nodes.clear()
})

describe('the import job (what the worker runs)', () => {
  it('splits and parses a text, and sends the parse back in slices that join to it', async () => {
    const reports: ImportReport[] = []
    const text = planText(12_000, 4)
    await createImportJob((report) => reports.push(report))({
      type: 'parse',
      text,
      simplify: false,
    })
    const expected = parseImport(sourceLinesFromText(text))
    const slices = reports.flatMap((report) => (report.type === 'lines' ? [report.lines] : []))
    expect(slices.length).toBeGreaterThanOrEqual(3)
    for (const slice of slices) expect(slice.length).toBeLessThanOrEqual(5_000)
    expect(slices.flat()).toEqual(expected.plans[0].lines)
    const parsed = reports.find((report) => report.type === 'parsed')
    expect(parsed).toMatchObject({ plans: [{ lineCount: 12_000 }], simplifyFailed: false })
    // The bar moves while it parses, before the parse is sent.
    const shares = reports.flatMap((report) => (report.type === 'progress' ? [report.share] : []))
    expect(shares.length).toBeGreaterThan(1)
    expect(reports.indexOf(parsed!)).toBeGreaterThan(
      reports.findIndex((r) => r.type === 'progress'),
    )
  })
})

describe('an import session (on this page: no worker in Node)', () => {
  it('parses, gives the outline with edits and its first rows, and writes the plan', async () => {
    const session = startImportSession(
      { text: planText(2_000, 4), simplify: false },
      () => {},
      true,
    )
    expect(session.inWorker).toBe(false)
    const parse = await session.parsed
    expect(parse.plans[0].lines).toHaveLength(2_000)

    const view = await session.outline(0, new Map(), 300)
    expect(view).toMatchObject({ total: 500, chapters: 500 })
    expect(view.rows).toHaveLength(300)
    expect(view.rows[1]).toMatchObject({ number: '二、', title: '第5行的标题' })
    // The second chapter a level down: it is 1's first item, numbered （一）.
    const moved = await session.outline(0, new Map([['4.0', { role: 'heading', level: 2 }]]), 300)
    expect(moved).toMatchObject({ total: 500, chapters: 499 })
    expect(moved.rows[1]).toMatchObject({ level: 2, number: '（一）' })

    const shares: number[] = []
    const ids = await session.write(
      [{ plan: 0, edits: new Map(), fields }],
      (share) => shares.push(share),
      new AbortController().signal,
    )
    expect(ids).toHaveLength(1)
    expect(await db.nodes.where('planId').equals(ids[0]).count()).toBe(500)
    expect(shares.at(-1)).toBe(1)
    session.close()
  })

  it('取消 while it writes aborts the transaction: nothing is written', async () => {
    const session = startImportSession(
      { text: planText(8_000, 2), simplify: false },
      () => {},
      true,
    )
    await session.parsed
    const controller = new AbortController()
    const written = session.write(
      [{ plan: 0, edits: new Map(), fields }],
      (share) => {
        if (share > 0) controller.abort()
      },
      controller.signal,
    )
    await expect(written).rejects.toMatchObject({
      name: 'AbortError',
      message: '导入已取消，未做任何更改。',
    })
    expect(await db.plans.count()).toBe(0)
    expect(await db.nodes.count()).toBe(0)
  })

  it('a plan over a limit is refused with its message and its position; nothing is written', async () => {
    const session = startImportSession(
      { text: planText(LIMITS.itemsPerPlan + 1, 1), simplify: false },
      () => {},
      true,
    )
    await session.parsed
    const written = session.write(
      [{ plan: 0, edits: new Map(), fields }],
      () => {},
      new AbortController().signal,
    )
    await expect(written).rejects.toBeInstanceOf(ImportWriteError)
    await expect(written).rejects.toMatchObject({
      message: '一个计划的条目超过 20,000 条，无法导入。未做任何更改。',
      plan: 0,
    })
    expect(await db.plans.count()).toBe(0)
  })
})
