import { describe, expect, it } from 'vitest'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText, docText } from '../outline/richText'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import {
  countNamedSlots,
  fillNamedSlots,
  fillNamedSlotsInDoc,
  fillPlanNamedSlots,
  planSlotValues,
} from './namedSlots'

describe('fillNamedSlots', () => {
  it('fills every named slot that has a value and leaves the others', () => {
    expect(
      fillNamedSlots('{{单位}}{{年度}}年工作计划（{{负责人}}）{{单位}}', {
        单位: '某某镇总工会',
        年度: '2026',
      }),
    ).toBe('某某镇总工会2026年工作计划（{{负责人}}）某某镇总工会')
    expect(fillNamedSlots('{{ 單位 }}', { 单位: '县人大' })).toBe('县人大')
  })

  it('leaves other slots, blank values and texts without slots alone', () => {
    expect(fillNamedSlots('xx县{{单位}}××', { 单位: '  ' })).toBe('xx县{{单位}}××')
    expect(fillNamedSlots('无空位', { 单位: '甲' })).toBe('无空位')
    expect(countNamedSlots('{{单位}}和{{单位}}、{{年度}}', { 单位: '甲' })).toBe(2)
  })
})

describe('fillNamedSlotsInDoc', () => {
  it('fills across paragraphs, keeps formatting and drops the slot highlight', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '由' },
            { type: 'text', text: '{{单位}}', marks: [{ type: 'slot' }, { type: 'bold' }] },
            { type: 'text', text: '牵头' },
          ],
        },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '{{年度}}年' }] },
      ],
    }
    const filled = fillNamedSlotsInDoc(doc, { 单位: '县总工会', 年度: '2026' })
    expect(docText(filled)).toBe('由县总工会牵头\n\n2026年')
    expect(filled.content?.[0].content).toEqual([
      { type: 'text', text: '由' },
      { type: 'text', text: '县总工会', marks: [{ type: 'bold' }] },
      { type: 'text', text: '牵头' },
    ])
    // The original is untouched.
    expect(docText(doc)).toBe('由{{单位}}牵头\n\n{{年度}}年')
  })

  it('fills a slot split over two runs with the first run’s formatting', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '甲{{单', marks: [{ type: 'italic' }] },
            { type: 'text', text: '位}}乙' },
            { type: 'hardBreak' },
            { type: 'text', text: '{{单位}}' },
          ],
        },
      ],
    }
    expect(fillNamedSlotsInDoc(doc, { 单位: '某局' }).content?.[0].content).toEqual([
      { type: 'text', text: '甲某局', marks: [{ type: 'italic' }] },
      { type: 'text', text: '乙' },
      { type: 'hardBreak' },
      { type: 'text', text: '某局' },
    ])
  })

  it('returns the same object when nothing is filled', () => {
    const doc = docFromText('××和xx')
    expect(fillNamedSlotsInDoc(doc, { 单位: '甲' })).toBe(doc)
    expect(fillNamedSlotsInDoc(null, { 单位: '甲' })).toBeNull()
  })
})

describe('fillPlanNamedSlots', () => {
  const plan: Plan = {
    id: 'p',
    title: '{{单位}}{{年度}}年工作计划',
    unit: '某某镇总工会',
    year: 2026,
    numbering: DEFAULT_NUMBERING,
    preamble: docFromText('{{年度}}年，{{单位}}的总体思路是'),
    createdAt: 0,
    updatedAt: 0,
    charCount: 0,
  }
  // 一、{{单位}}自身建设   (body: 由{{负责人}}负责)
  // 二、无空位
  const nodes: OutlineNode[] = [
    {
      id: 'A',
      planId: 'p',
      parentId: null,
      orderKey: 'a0',
      title: '{{单位}}自身建设',
      body: docFromText('由{{负责人}}负责'),
    },
    { id: 'B', planId: 'p', parentId: null, orderKey: 'a1', title: '无空位', body: null },
  ]

  it('fills the plan title, preamble, titles and bodies in one change', () => {
    const change = fillPlanNamedSlots(plan, nodes, { ...planSlotValues(plan), 负责人: '张三' })
    expect(change.plan?.after.title).toBe('某某镇总工会2026年工作计划')
    expect(docText(change.plan?.after.preamble)).toBe('2026年，某某镇总工会的总体思路是')
    expect(change.plan?.before.title).toBe(plan.title)
    expect(change.updated.map(({ after }) => [after.title, docText(after.body)])).toEqual([
      ['某某镇总工会自身建设', '由张三负责'],
    ])
    expect(change.updated[0].before).toBe(nodes[0])
  })

  it('is empty with nothing to fill', () => {
    const change = fillPlanNamedSlots(plan, nodes, {})
    expect(change.plan).toBeUndefined()
    expect(change.updated).toEqual([])
  })

  it('takes the unit and the year from the plan', () => {
    expect(planSlotValues(plan)).toEqual({ 单位: '某某镇总工会', 年度: '2026' })
    expect(planSlotValues({ unit: ' ', year: 2026 })).toEqual({ 年度: '2026' })
  })
})
