import { describe, expect, it } from 'vitest'
import { drawTree } from '../outline/drawTree'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText, docText } from '../outline/richText'
import { treeFromSketch } from '../outline/testTree'
import { buildTree } from '../outline/tree'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { entryFixChange, placeText, withKeptYears } from './entryFix'
import { applyTextEdits } from './richEdits'
import { entryState, locateEntry, type RolloverEntry } from './rolloverReport'
import { rollOverPlan, rolloverYearProblem, type RolledPlan } from './rollOverPlan'

function planOf(fields: Partial<Plan> = {}): Plan {
  return {
    id: 'source',
    title: '某某镇总工会2025年工作计划',
    unit: '某某镇总工会',
    year: 2025,
    numbering: DEFAULT_NUMBERING,
    preamble: docFromText('2025年，镇总工会工作的总体思路是：全面完成“十四五”规划目标任务。'),
    createdAt: 1,
    updatedAt: 1,
    charCount: 0,
    ...fields,
  }
}

/** A realistic plan of 2025: the plan year, last year's results, ranges, laws, history. */
function realisticNodes(): OutlineNode[] {
  const { nodes } = treeFromSketch(`
    2025年重点工作
      深化劳动竞赛
      2025—2027年职工素质提升三年行动
    加强自身建设
      学习宣传工会法
  `)
  const bodies: Record<string, string> = {
    深化劳动竞赛: '2024年以来，新建会员1200人，比2024年增长12%。到2025年底，组建率达到95%。',
    '2025—2027年职工素质提升三年行动': '自2018年以来，累计培训职工2025人次。',
    学习宣传工会法:
      '学习《中华人民共和国工会法（2018年修正）》，执行《职业技能标准（2016年版）》。\n二〇二五年一月',
  }
  return nodes.map((node) => ({
    ...node,
    planId: 'source',
    body: bodies[node.title] ? docFromText(bodies[node.title]) : null,
  }))
}

let counter = 0
const newId = () => `n${++counter}`

function rolled(fields: Partial<Plan> = {}, keepBodies = true): RolledPlan {
  counter = 0
  const result = rollOverPlan(
    { plan: planOf(fields), nodes: realisticNodes() },
    { toYear: 2026, keepBodies, newId, now: 100 },
  )
  if ('error' in result) throw new Error(result.error)
  return result
}

const allText = ({ plan, nodes }: RolledPlan) =>
  [plan.title, docText(plan.preamble), ...nodes.flatMap((node) => [node.title, docText(node.body)])]
    .filter(Boolean)
    .join('\n')

describe('rollOverPlan: next year’s plan from a realistic plan', () => {
  it('copies the outline under new ids with the years moved on, linked to its source', () => {
    const result = rolled({ keptYears: [2016] })
    // before (2025):                      after (2026):
    //   一、2025年重点工作                   一、2026年重点工作
    //     （一）深化劳动竞赛                   （一）深化劳动竞赛
    //     （二）2025—2027年职工素质…           （二）2025—2027年职工素质…   (range: listed)
    //   二、加强自身建设                      二、加强自身建设
    //     （一）学习宣传工会法                  （一）学习宣传工会法
    expect(drawTree(buildTree(result.nodes), DEFAULT_NUMBERING)).toBe(
      [
        '一、2026年重点工作',
        '  （一）深化劳动竞赛',
        '  （二）2025—2027年职工素质提升三年行动',
        '二、加强自身建设',
        '  （一）学习宣传工会法',
      ].join('\n'),
    )
    expect(result.plan).toMatchObject({
      title: '某某镇总工会2026年工作计划',
      year: 2026,
      unit: '某某镇总工会',
      sourcePlanId: 'source',
      keptYears: [2016],
      createdAt: 100,
    })
    expect(result.plan.id).not.toBe('source')
    expect(result.nodes.every((node) => node.planId === result.plan.id)).toBe(true)
    expect(result.nodes.map((node) => node.id)).not.toContain('深化劳动竞赛')
    expect(docText(result.plan.preamble)).toBe(
      '2026年，镇总工会工作的总体思路是：全面完成“十四五”规划目标任务。',
    )
    const text = allText(result)
    expect(text).toContain('到2026年底，组建率达到95%')
    expect(text).toContain('比2024年增长12%')
    expect(text).toContain('（2018年修正）')
    expect(text).toContain('（2016年版）')
    expect(text).toContain('自2018年以来，累计培训职工2025人次')
    expect(text).toContain('二〇二六年一月')
    expect(result.plan.charCount).toBeGreaterThan(100)
  })

  it('the report lists every replacement and every year left, in document order, with places', () => {
    const { report, nodes } = rolled()
    const line = (entry: RolloverEntry) =>
      `${entry.replaced ? '已替换' : '未替换'} ${entry.place.field} ${entry.original}→${
        entry.replacement || '—'
      } ${entry.kind}`
    expect(report.entries.map(line)).toEqual([
      '已替换 planTitle 2025→2026 planYear',
      '已替换 preamble 2025→2026 planYear',
      '未替换 preamble 十四五→十五五 period',
      '已替换 title 2025→2026 planYear',
      '未替换 body 2024→2025 lastYear',
      '未替换 body 2024→2025 lastYear',
      '已替换 body 2025→2026 planYear',
      '未替换 title 2025—2027→2026—2028 range',
      '未替换 body 2018→— history',
      '未替换 body 2018→— history',
      '未替换 body 2016→— history',
      '已替换 body 二〇二五→二〇二六 planYear',
    ])
    expect(report).toMatchObject({ fromYear: 2025, toYear: 2026, sourcePlanId: 'source' })
    const lastYear = report.entries[5]
    expect(lastYear).toMatchObject({
      before: '以来，新建会员1200人，比',
      after: '年增长12%。到2025年底',
    })
    expect(lastYear.place).toEqual({ field: 'body', nodeId: nodes[1].id })
    expect(new Set(report.entries.map((entry) => entry.id)).size).toBe(report.entries.length)
  })

  it('只保留大纲: titles only, no bodies and no preamble', () => {
    const result = rolled({}, false)
    expect(result.plan.preamble).toBeNull()
    expect(result.nodes.every((node) => node.body === null)).toBe(true)
    expect(result.report.entries.every((entry) => entry.place.field.endsWith('itle'))).toBe(true)
    expect(result.report.keepBodies).toBe(false)
  })

  it('a new year not after the plan year, or a plan in the trash, is refused with a message', () => {
    const source = { plan: planOf(), nodes: realisticNodes() }
    const options = { keepBodies: true, newId, now: 1 }
    expect(rollOverPlan(source, { ...options, toYear: 2025 })).toEqual({
      error: '新年度与原计划年度（2025年）相同，请填写以后的年份',
    })
    expect(rollOverPlan(source, { ...options, toYear: 2024 })).toEqual({
      error: '新年度不能早于原计划年度（2025年）',
    })
    expect(rolloverYearProblem(2025, Number.NaN)).toBe('请填写新年度，如 2026')
    expect(rolloverYearProblem(2025, 2300)).toBe('新年度不能晚于 2200 年')
    expect(
      rollOverPlan({ ...source, plan: planOf({ deletedAt: 5 }) }, { ...options, toYear: 2026 }),
    ).toEqual({ error: '此计划在回收站中，请先恢复' })
  })
})

describe('the new title', () => {
  it('is the source’s with its years rolled unless the user typed another', () => {
    const source = { plan: planOf({ title: '乡镇工会工作计划参考' }), nodes: [] }
    const options = { toYear: 2026, keepBodies: true, newId, now: 1 }
    const same = rollOverPlan(source, options)
    expect('plan' in same && same.plan.title).toBe('乡镇工会工作计划参考')
    const typed = rollOverPlan(source, { ...options, title: ' 乡镇工会2026年工作计划 ' })
    expect('plan' in typed && typed.plan.title).toBe('乡镇工会2026年工作计划')
    expect(rollOverPlan(source, { ...options, title: '长'.repeat(201) })).toEqual({
      error: '计划标题不能超过 200 个字',
    })
  })
})

describe('a plan imported with the wrong year', () => {
  it('rolls from the year its text is written for when asked', () => {
    counter = 0
    const source = { plan: planOf({ year: 2027 }), nodes: realisticNodes() }
    const result = rollOverPlan(source, {
      toYear: 2026,
      fromYear: 2025,
      keepBodies: true,
      newId,
      now: 1,
    })
    if ('error' in result) throw new Error(result.error)
    expect(result.plan).toMatchObject({ title: '某某镇总工会2026年工作计划', year: 2026 })
    expect(result.report).toMatchObject({ fromYear: 2025, toYear: 2026 })
    expect(rollOverPlan(source, { toYear: 2026, keepBodies: true, newId, now: 1 })).toEqual({
      error: '新年度不能早于原计划年度（2027年）',
    })
  })
})

describe('rich bodies keep their marks', () => {
  const doc: RichDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '第一段' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '到20' },
          { type: 'text', text: '25年', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: '2025年底', marks: [{ type: 'italic' }] },
        ],
      },
    ],
  }

  it('a year split over two marks is replaced character by character', () => {
    // before: 第一段 ¶ 到20**25年**↵*2025年底*     after: 第一段 ¶ 到20**26年**↵*2026年底*
    counter = 0
    const result = rollOverPlan(
      { plan: planOf({ preamble: doc }), nodes: [] },
      { toYear: 2026, keepBodies: true, newId, now: 1 },
    )
    if ('error' in result) throw new Error(result.error)
    expect(result.plan.preamble?.content?.[1].content).toEqual([
      { type: 'text', text: '到20' },
      { type: 'text', text: '26年', marks: [{ type: 'bold' }] },
      { type: 'hardBreak' },
      { type: 'text', text: '2026年底', marks: [{ type: 'italic' }] },
    ])
  })

  it('a longer replacement puts its rest in the last text node it covers', () => {
    // '到20' + **'25年'**: characters 5–8 ('202') become 'ABCDE'.
    const edited = applyTextEdits(doc, [{ start: 5, end: 8, text: 'ABCDE' }])
    expect(edited.content?.[1].content?.slice(0, 2)).toEqual([
      { type: 'text', text: '到AB' },
      { type: 'text', text: 'CDE5年', marks: [{ type: 'bold' }] },
    ])
  })
})

describe('one entry undone or made, by itself', () => {
  it('撤销此处 puts back the source’s text at that place only; 改为新年度 moves a left one', () => {
    const result = rolled()
    const byId = new Map(result.nodes.map((node) => [node.id, node]))
    const node = (entry: RolloverEntry) =>
      'nodeId' in entry.place ? byId.get(entry.place.nodeId) : undefined
    const planYear = result.report.entries[6] // 到2025年底 → 到2026年底
    const lastYear = result.report.entries[5] // 比2024年
    const body = () => placeText(result.plan, node(planYear), planYear.place)
    expect(entryState(body(), planYear)).toBe('replacement')
    expect(entryState(body(), lastYear)).toBe('original')

    const undo = entryFixChange(result.plan, node(planYear), planYear, 'original')
    if (typeof undo === 'string') throw new Error(undo)
    const after = undo.updated[0].after
    expect(docText(after.body)).toBe(
      '2024年以来，新建会员1200人，比2024年增长12%。到2025年底，组建率达到95%。',
    )
    byId.set(after.id, after)
    expect(entryState(body(), planYear)).toBe('original')

    const make = entryFixChange(result.plan, node(lastYear), lastYear, 'replacement')
    if (typeof make === 'string') throw new Error(make)
    expect(docText(make.updated[0].after.body)).toBe(
      '2024年以来，新建会员1200人，比2025年增长12%。到2025年底，组建率达到95%。',
    )
  })

  it('the plan title and the preamble change through the plan row', () => {
    const result = rolled()
    const [title, preamble, period] = result.report.entries
    const undoTitle = entryFixChange(result.plan, undefined, title, 'original')
    expect(undoTitle).toMatchObject({
      plan: {
        before: { title: '某某镇总工会2026年工作计划' },
        after: { title: '某某镇总工会2025年工作计划' },
      },
    })
    const undoPreamble = entryFixChange(result.plan, undefined, preamble, 'original')
    if (typeof undoPreamble === 'string') throw new Error(undoPreamble)
    expect(docText(undoPreamble.plan?.after.preamble)).toMatch(/^2025年，/)
    const nextPeriod = entryFixChange(result.plan, undefined, period, 'replacement')
    if (typeof nextPeriod === 'string') throw new Error(nextPeriod)
    expect(docText(nextPeriod.plan?.after.preamble)).toContain('全面完成“十五五”规划')
  })

  it('text typed before the place is followed; text changed at the place is refused', () => {
    const result = rolled()
    const entry = result.report.entries[6]
    const typedBefore = '新的一句。' + docText(result.nodes[1].body)
    expect(locateEntry(typedBefore, entry, '2026')).toBe(entry.start + 5)
    const changed = docText(result.nodes[1].body).replace('到2026年底', '到年底')
    const node = { ...result.nodes[1], body: docFromText(changed) }
    expect(entryFixChange(result.plan, node, entry, 'original')).toBe(
      '此处文字已被修改，找不到原来的年份',
    )
    expect(entryState(changed, entry)).toBe('edited')
    expect(entryFixChange(result.plan, undefined, entry, 'original')).toBe('条目已被删除')
    const history = result.report.entries[8]
    expect(entryFixChange(result.plan, result.nodes[2], history, 'replacement')).toBe(
      '此处没有可改为的年份',
    )
  })

  it('kept years are added sorted, without repeats', () => {
    expect(withKeptYears([2018], [2016, 2018])).toEqual([2016, 2018])
    expect(withKeptYears(undefined, [2024])).toEqual([2024])
  })
})
