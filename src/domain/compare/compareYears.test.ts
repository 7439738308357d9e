import { describe, expect, it } from 'vitest'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText } from '../outline/richText'
import { treeFromSketch } from '../outline/testTree'
import { buildTree } from '../outline/tree'
import { moveNodes } from '../outline/treeOps'
import type { OutlineNode, Plan } from '../outline/types'
import { rollOverPlan } from '../rollover/rollOverPlan'
import { compareWithLastYear, type ComparedPlan, type YearComparison } from './compareYears'

function planOf(year: number, title = `某某镇总工会${year}年工作计划`): Plan {
  return {
    id: `plan-${year}`,
    title,
    unit: '某某镇总工会',
    year,
    numbering: DEFAULT_NUMBERING,
    preamble: docFromText(`${year}年，镇总工会工作的总体思路是：服务职工。`),
    createdAt: 1,
    updatedAt: 1,
    charCount: 0,
  }
}

/** Last year's plan (2025), with bodies on two items. */
function lastYear(): ComparedPlan & { plan: Plan } {
  const { nodes } = treeFromSketch(`
    强化思想引领
      加强理论学习
      开展宣传教育
    深化劳动竞赛
      开展岗位练兵
      组织技能比武
    加强自身建设
  `)
  const bodies: Record<string, string> = {
    加强理论学习: '2025年组织职工学习4次。',
    组织技能比武: '全年举办比武3场。',
  }
  return {
    plan: planOf(2025),
    nodes: nodes.map((node) => ({
      ...node,
      planId: 'plan-2025',
      body: bodies[node.title] ? docFromText(bodies[node.title]) : null,
    })),
  }
}

/** 复制为新年度计划 of last year's plan, ids n1, n2, … in document order. */
function rolledOver(): { plan: Plan; nodes: OutlineNode[] } {
  let counter = 0
  const result = rollOverPlan(lastYear(), {
    toYear: 2026,
    keepBodies: true,
    newId: () => (counter === 0 ? `plan-2026-${counter++}` : `n${counter++}`),
    now: 2,
  })
  if ('error' in result) throw new Error(result.error)
  return { plan: result.plan, nodes: result.nodes }
}

const byTitle = (nodes: OutlineNode[], title: string) => nodes.find((node) => node.title === title)!

function summary(comparison: YearComparison) {
  return comparison.items.map(
    (item) => `${item.kinds.join('+')} ${item.oldLabel} → ${item.newLabel}`,
  )
}

describe('compareWithLastYear', () => {
  it('finds no difference in a plan just rolled over (its years moved on are no change)', () => {
    const now = rolledOver()
    expect(now.nodes.every((node) => node.sourceNodeId !== undefined)).toBe(true)
    const comparison = compareWithLastYear(lastYear(), now)
    expect(comparison.items).toEqual([])
    expect(comparison.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 })
  })

  it('tells moved, changed, added and removed items apart, each once, in this year’s order', () => {
    const now = rolledOver()
    const nodes = now.nodes.map((node) => ({ ...node }))
    /*
     * Last year (2025)          This year (2026)
     * 一、强化思想引领           一、深化劳动竞赛        ← moved up
     *   （一）加强理论学习          （一）开展岗位练兵
     *   （二）开展宣传教育          （二）组织技能比武    ← body changed
     * 二、深化劳动竞赛             （三）开展志愿服务    ← added
     *   （一）开展岗位练兵      二、强化思想引领
     *   （二）组织技能比武          （一）加强理论学习
     * 三、加强自身建设             （二）开展宣传教育
     *                           (三、加强自身建设 removed: after 深化劳动竞赛, its elder)
     */
    const tree = buildTree(nodes)
    const moveUp = moveNodes(tree, [byTitle(nodes, '深化劳动竞赛').id], {
      parentId: null,
      index: 0,
    })
    if (!moveUp.ok) throw new Error(moveUp.reason)
    const moved = moveUp.change.updated[0].after
    const edited = nodes
      .map((node) => (node.id === moved.id ? (moved as OutlineNode) : node))
      .map((node) =>
        node.title === '组织技能比武' ? { ...node, body: docFromText('全年举办比武5场。') } : node,
      )
      .filter((node) => node.title !== '加强自身建设')
    edited.push({
      id: 'new-item',
      planId: now.plan.id,
      parentId: moved.id,
      orderKey: 'a9',
      title: '开展志愿服务',
      body: null,
    })

    const comparison = compareWithLastYear(lastYear(), { plan: now.plan, nodes: edited })
    expect(summary(comparison)).toEqual([
      'moved 二、深化劳动竞赛 → 一、深化劳动竞赛',
      'changed （二）组织技能比武 → （二）组织技能比武',
      'added null → （三）开展志愿服务',
      'removed 三、加强自身建设 → null',
    ])
    expect(comparison.counts).toEqual({ added: 1, removed: 1, moved: 1, changed: 1 })
    const changed = comparison.items[1]
    expect(changed.body).toEqual([
      { type: 'same', text: '全年举办比武' },
      { type: 'removed', text: '3' },
      { type: 'added', text: '5' },
      { type: 'same', text: '场。' },
    ])
    expect(changed.matchedBy).toBe('lineage')
    // The removed chapter stands after the chapter it followed, and jumps there.
    expect(comparison.items[3].nodeId).toBe(moved.id)
  })

  it('pairs an imported plan (no lineage) by title, a reworded title by likeness', () => {
    const { nodes } = treeFromSketch(`
      强化思想引领
        加强职工理论学习
        开展宣传教育
      深化劳动竞赛
        开展岗位练兵
        组织技能比武
      加强工会自身建设
    `)
    const imported = nodes.map((node) => ({
      ...node,
      id: `imported-${node.id}`,
      parentId: node.parentId === null ? null : `imported-${node.parentId}`,
      body:
        node.title === '加强职工理论学习'
          ? docFromText('2026年组织职工学习4次。')
          : node.title === '组织技能比武'
            ? docFromText('全年举办比武3场。')
            : null,
    }))
    const comparison = compareWithLastYear(lastYear(), { plan: planOf(2026), nodes: imported })
    expect(summary(comparison)).toEqual([
      'changed （一）加强理论学习 → （一）加强职工理论学习',
      'changed 三、加强自身建设 → 三、加强工会自身建设',
    ])
    expect(comparison.items.every((item) => item.matchedBy === 'title')).toBe(true)
    expect(comparison.items[0].title).toEqual([
      { type: 'same', text: '加强' },
      { type: 'added', text: '职工' },
      { type: 'same', text: '理论学习' },
    ])
    // 2025年 rolled on is 2026年: the body is the same.
    expect(comparison.items[0].body).toBeNull()
  })

  it('leaves a duplicate of a rolled item as added, the original keeps its lineage', () => {
    const now = rolledOver()
    const original = byTitle(now.nodes, '开展宣传教育')
    const copy = { ...original, id: 'copy', orderKey: `${original.orderKey}V` }
    const comparison = compareWithLastYear(lastYear(), {
      plan: now.plan,
      nodes: [...now.nodes, copy],
    })
    expect(summary(comparison)).toEqual(['added null → （三）开展宣传教育'])
    expect(comparison.items[0].nodeId).toBe('copy')
  })

  it('reports the plan’s own title and preamble when they changed beyond the year', () => {
    const now = rolledOver()
    const plan = {
      ...now.plan,
      preamble: docFromText('2026年，镇总工会工作的总体思路是：服务职工群众。'),
    }
    const comparison = compareWithLastYear(lastYear(), { plan, nodes: now.nodes })
    expect(comparison.items.map((item) => item.place)).toEqual(['preamble'])
    expect(comparison.counts.changed).toBe(1)
    expect(comparison.items[0].body?.filter((part) => part.type !== 'same')).toEqual([
      { type: 'added', text: '群众' },
    ])
  })

  it('calls an item moved under another chapter, or out of order, moved — and only that item', () => {
    const now = rolledOver()
    const tree = buildTree(now.nodes)
    // 开展宣传教育 goes from 强化思想引领 to the end of 深化劳动竞赛; 加强自身建设 to the top.
    const across = moveNodes(tree, [byTitle(now.nodes, '开展宣传教育').id], {
      parentId: byTitle(now.nodes, '深化劳动竞赛').id,
      index: 2,
    })
    const top = moveNodes(tree, [byTitle(now.nodes, '加强自身建设').id], {
      parentId: null,
      index: 0,
    })
    if (!across.ok || !top.ok) throw new Error('move refused')
    const after = new Map(
      [...across.change.updated, ...top.change.updated].map(({ after }) => [after.id, after]),
    )
    const nodes = now.nodes.map((node) => after.get(node.id) ?? node)
    const comparison = compareWithLastYear(lastYear(), { plan: now.plan, nodes })
    expect(summary(comparison)).toEqual([
      'moved 三、加强自身建设 → 一、加强自身建设',
      'moved （二）开展宣传教育 → （三）开展宣传教育',
    ])
  })
})
