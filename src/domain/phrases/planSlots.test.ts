import { describe, expect, it } from 'vitest'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { listPlanSlots } from './planSlots'

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
