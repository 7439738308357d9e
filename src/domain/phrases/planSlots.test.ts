import { describe, expect, it } from 'vitest'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { countPlanSlots, groupPlanSlots, listPlanSlots, SlotCache } from './planSlots'

const plan: Plan = {
  id: 'p',
  title: '计划',
  unit: '某某镇总工会',
  year: 2026,
  numbering: DEFAULT_NUMBERING,
  preamble: docFromText('以××为主题，以××为主线'),
  createdAt: 0,
  updatedAt: 0,
  charCount: 0,
}

// 一、围绕××中心          (body: 进一步完善××机制)
//   （一）无空位
// 二、第二章
const nodes: OutlineNode[] = [
  { id: 'B', planId: 'p', parentId: null, orderKey: 'a1', title: '第二章', body: null },
  {
    id: 'A',
    planId: 'p',
    parentId: null,
    orderKey: 'a0',
    title: '围绕××中心',
    body: docFromText('第一段\n进一步完善××机制'),
  },
  { id: 'A1', planId: 'p', parentId: 'A', orderKey: 'a0', title: '无空位', body: null },
]

describe('listPlanSlots', () => {
  it('lists every slot in document order with where it is', () => {
    const slots = listPlanSlots(plan, nodes)
    expect(slots.map((slot) => [slot.nodeId, slot.field, slot.index, slot.where])).toEqual([
      ['preamble', 'body', 0, '开头段落'],
      ['preamble', 'body', 1, '开头段落'],
      ['A', 'title', 0, '一、围绕××中心 · 标题'],
      ['A', 'body', 0, '一、围绕××中心 · 正文'],
    ])
    expect(slots[3].context).toBe('第一段 进一步完善××机制')
    expect(slots[3]).toMatchObject({ from: 9, to: 11 })
  })

  it('is empty when every slot is filled', () => {
    expect(listPlanSlots({ ...plan, preamble: null }, [nodes[0], nodes[2]])).toEqual([])
  })
})

describe('countPlanSlots', () => {
  it('counts what listPlanSlots lists, every kind', () => {
    const mixed: OutlineNode[] = [
      ...nodes,
      {
        id: 'C',
        planId: 'p',
        parentId: null,
        orderKey: 'a2',
        title: '{{单位}}20xx年',
        body: docFromText('党的xx届x中全会，Linux xxhash'),
      },
    ]
    expect(countPlanSlots(plan, mixed)).toBe(listPlanSlots(plan, mixed).length)
    expect(countPlanSlots(plan, mixed)).toBe(4 + 4)
  })

  it('reads the live editor’s text instead of the stored body', () => {
    const live = { nodeId: 'A', text: '第一段\n进一步完善××机制，××' }
    expect(countPlanSlots(plan, nodes, { live })).toBe(5)
    expect(countPlanSlots(plan, nodes, { live: { nodeId: 'preamble', text: '无' } })).toBe(2)
    const listed = listPlanSlots(plan, nodes, { live })
    expect(listed.filter((slot) => slot.nodeId === 'A' && slot.field === 'body')).toHaveLength(2)
  })

  it('reuses a node’s slots while its rev is the same and rescans it when the rev moves', () => {
    const cache = new SlotCache()
    const withRev = nodes.map((node) => ({ ...node, rev: 1 }))
    expect(countPlanSlots(plan, withRev, { cache })).toBe(4)
    // Same rev, body changed behind the cache's back: the cached count is used (not rescanned).
    const sameRev = withRev.map((node) =>
      node.id === 'A' ? { ...node, body: docFromText('××××、××') } : node,
    )
    expect(countPlanSlots(plan, sameRev, { cache })).toBe(4)
    // A write bumps the rev: rescanned.
    const written = sameRev.map((node) => (node.id === 'A' ? { ...node, rev: 2 } : node))
    expect(countPlanSlots(plan, written, { cache })).toBe(5)
    // A title typed with the same rev is read again too.
    const retitled = written.map((node) =>
      node.id === 'A' ? { ...node, title: '围绕中心' } : node,
    )
    expect(countPlanSlots(plan, retitled, { cache })).toBe(4)
  })
})

describe('groupPlanSlots', () => {
  it('groups by text, named slots first and by name', () => {
    const grouped: OutlineNode[] = [
      { id: 'X', planId: 'p', parentId: null, orderKey: 'a0', title: 'xx县{{单位}}', body: null },
      {
        id: 'Y',
        planId: 'p',
        parentId: null,
        orderKey: 'a1',
        title: 'xx和XX',
        body: docFromText('{{ 單位 }}与{{年度}}'),
      },
    ]
    const groups = groupPlanSlots(listPlanSlots(plan, grouped))
    expect(groups.map((group) => [group.label, group.slots.length])).toEqual([
      ['{{单位}}', 2],
      ['{{年度}}', 1],
      ['××', 2],
      ['xx', 2],
      ['XX', 1],
    ])
    expect(groups[0]).toMatchObject({ kind: 'named', name: '单位' })
    expect(groups[0].slots.map((slot) => [slot.nodeId, slot.field, slot.text])).toEqual([
      ['X', 'title', '{{单位}}'],
      ['Y', 'body', '{{ 單位 }}'],
    ])
  })
})
