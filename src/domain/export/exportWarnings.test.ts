import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_OPTIONS } from './exportOptions'
import { findExportWarnings, slotExcerpts } from './exportWarnings'
import { buildPlan } from './fixtures/planBuilder'
import { seedPlanOne } from './fixtures/seedPlanOne'

describe('slotExcerpts', () => {
  it('finds the slots of the one definition, with some text around them', () => {
    expect(slotExcerpts('以××为主题')).toEqual(['以××为主题'])
    expect(slotExcerpts('×××建设')).toHaveLength(1)
    // xx and x are two slots close together: one excerpt.
    expect(slotExcerpts('党的xx届x中全会')).toEqual(['党的xx届x中全会'])
    expect(slotExcerpts('XX县总工会')).toHaveLength(1)
    expect(slotExcerpts('20xx年工作计划')).toEqual(['20xx年工作计划'])
    expect(slotExcerpts('第x届第x次代表大会')).toEqual(['第x届第x次代表大会'])
    expect(slotExcerpts('由{{单位}}牵头，于×年×月完成')).toEqual(['由{{单位}}牵头，于×年×月完成'])
    expect(slotExcerpts('Linux xxhash')).toEqual([])
    expect(slotExcerpts('2026年工作计划')).toEqual([])
    const far = '××一二三四五六七八九十一二三四五六七八九十××'
    expect(slotExcerpts(far)).toEqual(['××一二三四五六七八…', '…三四五六七八九十××'])
  })
})

describe('findExportWarnings', () => {
  it('lists slots and empty items with where they are, in document order', () => {
    const { plan, nodes } = buildPlan({
      title: '20xx年工作计划',
      preamble: '以××为主题。',
      outline: [
        {
          title: '建功立业',
          children: [{ title: '开展xx竞赛', body: '到XX年底完成。' }, { title: '' }],
        },
        { title: '  ', body: '只有正文' },
      ],
    })
    const warnings = findExportWarnings(plan, nodes, DEFAULT_EXPORT_OPTIONS)
    expect(warnings.map((warning) => [warning.kind, warning.place, warning.detail])).toEqual([
      ['slot', '标题', '20xx年工作计划'],
      ['slot', '指导思想', '以××为主题。'],
      ['slot', '一、（一）开展xx竞赛', '开展xx竞赛'],
      ['slot', '一、（一）开展xx竞赛', '到XX年底完成。'],
      ['emptyItem', '一、（二）', '空条目：没有标题和正文'],
      ['emptyItem', '二、', '条目没有标题'],
    ])
  })

  it('ignores bodies and the preamble in an outline-only export, and nodes outside the subtree', () => {
    const { plan, nodes } = buildPlan({
      preamble: '以××为主题。',
      outline: [{ title: '甲', body: 'xx' }, { title: '乙xx' }],
    })
    expect(
      findExportWarnings(plan, nodes, { ...DEFAULT_EXPORT_OPTIONS, content: 'outline' }).map(
        (warning) => warning.place,
      ),
    ).toEqual(['二、乙xx'])
    expect(
      findExportWarnings(plan, nodes, {
        ...DEFAULT_EXPORT_OPTIONS,
        scope: 'subtree',
        subtreeId: nodes[0].id,
      }).map((warning) => warning.detail),
    ).toEqual(['xx'])
  })

  it('finds the template slots of the seed plan', () => {
    const { plan, nodes } = seedPlanOne()
    const places = findExportWarnings(plan, nodes, DEFAULT_EXPORT_OPTIONS).map((w) => w.place)
    expect(places[0]).toBe('指导思想')
    expect(places).toContain('一、（一）深化劳动竞赛活动')
  })
})
