import { describe, expect, it } from 'vitest'
import { keysBetween } from '../outline/orderKeys'
import { docFromText } from '../outline/richText'
import { treeFromSketch } from '../outline/testTree'
import type { OutlineNode, Plan } from '../outline/types'
import { checkPlan, createCheckCache } from './checkPlan'
import { groupFindings, summarizeFindings } from './summarizeFindings'
import { CLEAN_BODY, generatedCheckPlan, MESSY_BODY } from './generatedCheckPlan'

const plan: Plan = {
  id: 'p',
  title: '2026年工作计划',
  unit: '某镇总工会',
  year: 2026,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: null,
  createdAt: 0,
  updatedAt: 0,
  charCount: 0,
}

/** Nodes from a sketch (title = id), with bodies given by id. */
function nodesOf(sketch: string, bodies: Record<string, string> = {}): OutlineNode[] {
  return treeFromSketch(sketch).nodes.map((node) => ({
    ...node,
    body: bodies[node.id] === undefined ? null : docFromText(bodies[node.id]),
  }))
}

/** `kind where: message` per finding, in the order the panel lists them. */
const listed = (nodes: OutlineNode[], planFields: Partial<Plan> = {}) =>
  checkPlan({ ...plan, ...planFields }, nodes).map(
    (finding) => `${finding.kind} ${finding.where}: ${finding.message}`,
  )

describe('structure checks', () => {
  it('an item without a title is an error; chapters and items with nothing in them are reported', () => {
    const nodes = nodesOf(
      `
      甲
        乙
        丙
      丁
      `,
      { 乙: '正文' },
    )
    nodes.push({
      ...nodes[0],
      id: 'empty',
      title: '',
      orderKey: keysBetween(nodes[3], undefined, 1)[0],
    })
    expect(listed(nodes)).toEqual([
      'emptyItem 一、（二）丙: 条目只有标题，没有正文',
      'emptyItem 二、丁: 这一章没有内容：没有下级条目，也没有正文',
      'emptyItem 三、（无标题）: 空条目：没有标题和正文',
    ])
  })

  it('a chapter with a single item is a hint; deeper one-line items are normal', () => {
    const nodes = nodesOf(
      `
      甲
        乙
          组织培训
          建立台账
      `,
      { 乙: '正文' },
    )
    expect(listed(nodes)).toEqual([
      'singleChild 一、甲: 只有一个下级条目“（一）乙”：分条时至少应有两条，可合并到本条或再拆分',
    ])
  })

  it('duplicate titles: among siblings a warning, elsewhere a hint, ignoring final punctuation', () => {
    const nodes = nodesOf(
      `
      甲
        加强组织领导
        加强组织领导。
      乙
        加强组织领导；
        其他
      `,
      { 加强组织领导: 'x', '加强组织领导。': 'x', '加强组织领导；': 'x', 其他: 'x' },
    )
    const findings = checkPlan(plan, nodes).filter((finding) => finding.kind === 'duplicateTitle')
    expect(findings.map((finding) => [finding.where, finding.severity, finding.message])).toEqual([
      ['一、（二）加强组织领导。', 'warning', '与同级的“一、（一）加强组织领导”标题重复'],
      ['二、（一）加强组织领导；', 'hint', '与“一、（一）加强组织领导”标题重复'],
    ])
  })
})

describe('checkPlan', () => {
  it('lists one of each problem in document order, preamble first, with fixes where there are', () => {
    const nodes = nodesOf(
      `
      （一）总体要求
        加强学习。
        提高素质
      2025年重点工作
        组织××名职工培训
        开展活动
      `,
      {
        '加强学习。': '学习,提高.',
        提高素质: '正文',
        '组织××名职工培训': '正文',
        开展活动: '正文',
      },
    )
    const findings = checkPlan({ ...plan, preamble: docFromText('2026年，围绕××开展工作') }, nodes)
    expect(findings.map((finding) => `${finding.kind}@${finding.where}`)).toEqual([
      'slot@开头段落',
      'typedNumber@一、（一）总体要求',
      'titlePeriod@一、（一）加强学习。',
      'halfWidth@一、（一）加强学习。',
      'mixedPeriod@一、（一）加强学习。',
      'year@二、2025年重点工作',
      'slot@二、（一）组织××名职工培训',
    ])
    expect(findings.map((finding) => finding.fix?.label ?? '')).toEqual([
      '',
      '删除手写序号',
      '删除句号',
      '改为全角',
      '改为“。”',
      '保留为历史年份',
      '',
    ])
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length)
    expect(
      groupFindings(findings).map((group) => `${group.label} ${group.findings.length}`),
    ).toEqual([
      '待填写内容 2',
      '可能遗留的年份 1',
      '标题里手写的序号 1',
      '中文里的半角标点 1',
      '句号混用（。/.） 1',
      '标题以句号结尾 1',
    ])
    expect(summarizeFindings(findings).count).toBe(7)
  })

  it('checks the plan’s own title and unit first: last year’s year, slots, a final 。', () => {
    const nodes = nodesOf('甲', { 甲: '正文' })
    expect(listed(nodes, { title: '某镇总工会2025年工作计划', unit: '某镇总工会' })).toEqual([
      'year 计划标题: “2025年”不是计划年度（2026年），可能是去年遗留的',
    ])
    expect(listed(nodes, { title: '{{单位}}20xx年工作计划。', unit: '××' })).toEqual([
      'slot 计划标题: 待填写：“{{单位}}”',
      'slot 计划标题: 待填写：“20xx”',
      'titlePeriod 计划标题: 标题以“。”结尾',
      'slot 单位: 待填写：“××”',
    ])
    const [year] = checkPlan({ ...plan, title: '2025年工作计划' }, nodes)
    expect(year).toMatchObject({ nodeId: 'planTitle', field: 'title', from: 0, to: 5 })
    expect(year.fix).toMatchObject({ kind: 'keepYear', year: 2025 })
    expect(listed(nodes, { title: '某镇总工会2026年工作计划' })).toEqual([])
  })

  it('a year kept as history is no longer reported', () => {
    const nodes = nodesOf('2025年重点工作', { '2025年重点工作': '正文' })
    expect(listed(nodes)).toHaveLength(1)
    expect(listed(nodes, { keptYears: [2025] })).toEqual([])
  })

  it('checks a 2,000-item plan, with a problem in every body or with few', () => {
    const messy = generatedCheckPlan(MESSY_BODY)
    const clean = generatedCheckPlan(CLEAN_BODY)
    expect(messy).toHaveLength(2000)
    expect(checkPlan(plan, messy)).toHaveLength(10400)
    expect(checkPlan(plan, clean)).toHaveLength(400)
  })

  it('checks again after one body changed with the panel’s cache: only that item is redone', () => {
    const messy = generatedCheckPlan(MESSY_BODY)
    const cache = createCheckCache()
    checkPlan(plan, messy, cache)
    const before = new Map(cache.nodes)
    const edited = messy.map((node, index) =>
      index === 5 ? { ...node, body: docFromText('改过的正文,没有别的问题') } : node,
    )
    const again = checkPlan(plan, edited, cache)
    expect(again).toEqual(checkPlan(plan, edited))
    expect(again).toHaveLength(10400 - 5 + 1)
    // Every other item's entry is the one of the first check, not a new one.
    const redone = [...cache.nodes].filter(([id, entry]) => before.get(id) !== entry)
    expect(redone.map(([id]) => id)).toEqual([edited[5].id])
    // Back to the rows of the first check: only that item again.
    const back = new Map(cache.nodes)
    expect(checkPlan(plan, messy, cache)).toHaveLength(10400)
    expect([...cache.nodes].filter(([id, entry]) => back.get(id) !== entry)).toHaveLength(1)
  })
})
