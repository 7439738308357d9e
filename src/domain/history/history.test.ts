import { describe, expect, it } from 'vitest'
import { applyChangeToNodes } from '../outline/applyChangeToNodes'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { drawTree } from '../outline/drawTree'
import { docFromText } from '../outline/richText'
import { treeFromSketch } from '../outline/testTree'
import { buildTree } from '../outline/tree'
import type { OutlineNode, Plan } from '../outline/types'
import { comparePlans, type PlanComparison } from './comparePlans'
import { restoreChange } from './restoreChange'
import { diffText, type DiffPart } from './textDiff'
import { snapshotsToThin } from './thinSnapshots'

const plan: Plan = {
  id: 'p',
  title: '工作要点',
  unit: '',
  year: 2026,
  numbering: DEFAULT_NUMBERING,
  preamble: null,
  createdAt: 0,
  updatedAt: 0,
  charCount: 0,
}

/** Nodes from a drawn tree, with bodies set by id. */
function nodesOf(sketch: string, bodies: Record<string, string> = {}): OutlineNode[] {
  return treeFromSketch(sketch).nodes.map((node) =>
    bodies[node.id] ? { ...node, body: docFromText(bodies[node.id]) } : node,
  )
}

/** The comparison as lines: `+ label`, `- label`, `~ old → new: marked text`. */
function drawComparison(comparison: PlanComparison): string[] {
  const mark = (parts: DiffPart[] | null) =>
    (parts ?? [])
      .map((part) =>
        part.type === 'same'
          ? part.text
          : part.type === 'added'
            ? `[+${part.text}]`
            : `[-${part.text}]`,
      )
      .join('')
  return comparison.items.map((item) => {
    if (item.kind === 'added') return `+ ${item.newLabel}`
    if (item.kind === 'removed') return `- ${item.oldLabel}`
    return `~ ${item.oldLabel} → ${item.newLabel}: ${mark(item.title)}|${mark(item.body)}`
  })
}

describe('diffText', () => {
  it('marks the changed characters of Chinese text and keeps the rest', () => {
    expect(diffText('加强职工思想引领', '加强新时代职工思想政治引领')).toEqual([
      { type: 'same', text: '加强' },
      { type: 'added', text: '新时代' },
      { type: 'same', text: '职工思想' },
      { type: 'added', text: '政治' },
      { type: 'same', text: '引领' },
    ])
  })

  it('treats a Latin word or a number as one token', () => {
    expect(diffText('完成 2025 年 KPI', '完成 2026 年 KPI')).toEqual([
      { type: 'same', text: '完成 ' },
      { type: 'removed', text: '2025' },
      { type: 'added', text: '2026' },
      { type: 'same', text: ' 年 KPI' },
    ])
  })

  it('returns one same part for equal texts and one added part from nothing', () => {
    expect(diffText('一样', '一样')).toEqual([{ type: 'same', text: '一样' }])
    expect(diffText('', '新')).toEqual([{ type: 'added', text: '新' }])
  })

  it('marks a very long rewrite as replaced without a quadratic table', () => {
    const before = '甲'.repeat(3000)
    const after = '乙'.repeat(3000)
    expect(diffText(`头${before}尾`, `头${after}尾`)).toEqual([
      { type: 'same', text: '头' },
      { type: 'removed', text: before },
      { type: 'added', text: after },
      { type: 'same', text: '尾' },
    ])
  })
})

describe('comparePlans', () => {
  const old = `
    A
      A1
      A2
    B
      B1
    C
  `

  it('lists changes in the new order, each removed item after the one it followed, numbered as each version was', () => {
    const before = nodesOf(old, { A1: '原来的正文' })
    const after = nodesOf(
      `
      A
        A1
        N
      C
        C1
      `,
      { A1: '修改后的正文' },
    )
    expect(drawComparison(comparePlans({ plan, nodes: before }, { plan, nodes: after }))).toEqual([
      '~ （一）A1 → （一）A1: |[-原来][+修改后]的正文',
      '- （二）A2',
      '- 二、B',
      '- （一）B1',
      '+ （二）N',
      '+ （一）C1',
    ])
  })

  it('reports a renamed item with its old and new title, and nothing for a move alone', () => {
    const before = nodesOf(old)
    const after = nodesOf(old)
      .map((node) => (node.id === 'B1' ? { ...node, title: 'B1 改' } : node))
      .map((node) => (node.id === 'C' ? { ...node, orderKey: 'Zz' } : node))
    const comparison = comparePlans({ plan, nodes: before }, { plan, nodes: after })
    expect(drawComparison(comparison)).toEqual(['~ （一）B1 → （一）B1 改: B1[+ 改]|'])
    expect(comparison.planTitle).toBeNull()
  })

  it('compares the plan title and preamble too', () => {
    const comparison = comparePlans(
      { plan, nodes: [] },
      { plan: { ...plan, title: '工作计划', preamble: docFromText('总体思路') }, nodes: [] },
    )
    expect(comparison.planTitle).toEqual([
      { type: 'same', text: '工作' },
      { type: 'removed', text: '要点' },
      { type: 'added', text: '计划' },
    ])
    expect(comparison.preamble).toEqual([{ type: 'added', text: '总体思路' }])
    expect(comparison.items).toEqual([])
  })
})

describe('restoreChange', () => {
  it('turns the current tree back into the snapshot: structure, titles, bodies, plan fields', () => {
    const snapshot = nodesOf(
      `
      A
        A1
      B
      `,
      { A1: '旧正文' },
    )
    const current = nodesOf(
      `
      B
        A1
        N
      A
      `,
      { A1: '新正文' },
    ).map((node) => (node.id === 'B' ? { ...node, title: 'B 改名' } : node))
    const change = restoreChange(
      { plan: { ...plan, title: '新标题' }, nodes: current },
      { plan, nodes: snapshot },
    )
    const restored = applyChangeToNodes(current, change)
    expect(drawTree(buildTree(restored), DEFAULT_NUMBERING)).toBe(
      drawTree(buildTree(snapshot), DEFAULT_NUMBERING),
    )
    expect(restored.find((node) => node.id === 'A1')?.body).toEqual(docFromText('旧正文'))
    expect(change.removed.map((node) => node.id)).toEqual(['N'])
    expect(change.plan).toEqual({ before: { title: '新标题' }, after: { title: '工作要点' } })
  })

  it('brings back the closing fields (主送, 附件说明, 落款, 成文日期), removing ones added since', () => {
    const nodes = nodesOf(old)
    const snapshot = { ...plan, attachments: ['名单'], issuedOn: '2026-01-05' }
    const current = {
      ...plan,
      attachments: ['名单', '表'],
      issuedOn: '2027-01-05',
      signature: '甲',
    }
    expect(restoreChange({ plan: current, nodes }, { plan: snapshot, nodes }).plan).toEqual({
      before: { attachments: ['名单', '表'], issuedOn: '2027-01-05', signature: '甲' },
      after: { attachments: ['名单'], issuedOn: '2026-01-05', signature: undefined },
    })
  })

  it('is empty when nothing changed', () => {
    const nodes = nodesOf(old)
    expect(restoreChange({ plan, nodes }, { plan, nodes })).toEqual({
      added: [],
      updated: [],
      removed: [],
    })
  })

  const old = `
    A
      A1
    B
  `
})

describe('snapshotsToThin', () => {
  const now = new Date(2026, 5, 20, 15, 0).getTime()
  const at = (id: string, date: Date, kind: 'auto' | 'manual' = 'auto') => ({
    id,
    createdAt: date.getTime(),
    kind,
  })

  it('keeps all of today, the newest of each day for 30 days, the newest of each month after', () => {
    const snapshots = [
      at('today-1', new Date(2026, 5, 20, 9, 0)),
      at('today-2', new Date(2026, 5, 20, 9, 10)),
      at('today-3', new Date(2026, 5, 20, 0, 5)),
      at('yesterday-early', new Date(2026, 5, 19, 9, 0)),
      at('yesterday-late', new Date(2026, 5, 19, 17, 0)),
      at('june-1-a', new Date(2026, 5, 1, 8, 0)),
      at('june-1-b', new Date(2026, 5, 1, 10, 0)),
      at('may-25', new Date(2026, 4, 25, 10, 0)),
      at('may-10', new Date(2026, 4, 10, 10, 0)),
      at('may-2', new Date(2026, 4, 2, 10, 0)),
      at('march-5', new Date(2026, 2, 5, 10, 0)),
      at('march-30', new Date(2026, 2, 30, 10, 0)),
      at('march-manual', new Date(2026, 2, 3, 10, 0), 'manual'),
    ]
    expect(snapshotsToThin(snapshots, now).sort()).toEqual(
      ['yesterday-early', 'june-1-a', 'may-2', 'march-5'].sort(),
    )
  })

  it('never thins manual or before-restore snapshots', () => {
    const snapshots = [1, 2, 3].map((hour) => ({
      id: `m${hour}`,
      createdAt: new Date(2025, 0, 5, hour).getTime(),
      kind: 'before-restore' as const,
    }))
    expect(snapshotsToThin(snapshots, now)).toEqual([])
  })
})
