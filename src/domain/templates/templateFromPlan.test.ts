import { describe, expect, it } from 'vitest'
import { countCharacters } from '../outline/charCount'
import { docText } from '../outline/richText'
import { planFromTemplate, templatePlanTitle } from './planFromTemplate'
import { templateFromPlan, templateNameError } from './templateFromPlan'
import { templateOutline } from './templateOutline'
import { testNodes, testPlan, testTemplate } from './testTemplate'

describe('templateFromPlan (另存为模板)', () => {
  it('turns the plan’s unit and year into named fields, leaving other years alone', () => {
    const template = testTemplate()
    expect(template.planTitle).toBe('{{单位}}{{年度}}年工作计划')
    expect(docText(template.preamble)).toBe('{{年度}}年，{{单位}}工作的总体思路是：××。')
    expect(template.nodes.map((node) => node.title)).toEqual([
      '推动发展',
      '开展{{年度}}年劳动竞赛',
      '维护权益',
    ])
    // A history year and a range stay as written (the roll-over decides about those).
    expect(docText(template.nodes[1].body)).toBe(
      '在2016年版基础上，2026—2028年持续开展，{{单位}}牵头。',
    )
    expect(template).toMatchObject({ itemCount: 3, withBodies: true, kind: '工会' })
    expect(template.nodes[0]).not.toHaveProperty('planId')
    expect(template.nodes[0]).not.toHaveProperty('rev')
  })

  it('keeps only the outline when asked', () => {
    const template = testTemplate(false)
    expect(template.preamble).toBeNull()
    expect(template.nodes.every((node) => node.body === null)).toBe(true)
    expect(template.charCount).toBe(
      countCharacters('推动发展') +
        countCharacters('开展{{年度}}年劳动竞赛') +
        countCharacters('维护权益'),
    )
  })

  it('refuses an empty or overlong name', () => {
    expect(templateNameError('  ')).toBe('模板名称不能为空')
    expect(templateNameError('模'.repeat(61))).toMatch(/不能超过 60 个字/)
    expect(templateNameError('乡镇工会')).toBeNull()
  })
})

describe('planFromTemplate (从模板新建)', () => {
  it('fills 单位 and 年度 everywhere under fresh ids and keeps the tree', () => {
    let next = 0
    const content = planFromTemplate(
      testTemplate(),
      { unit: '城关镇总工会', year: 2027 },
      'NEW',
      () => `n${++next}`,
    )
    expect(docText(content.preamble)).toBe('2027年，城关镇总工会工作的总体思路是：××。')
    expect(content.nodes.map((node) => [node.id, node.parentId, node.title])).toEqual([
      ['n1', null, '推动发展'],
      ['n2', 'n1', '开展2027年劳动竞赛'],
      ['n3', null, '维护权益'],
    ])
    expect(content.nodes.every((node) => node.planId === 'NEW')).toBe(true)
    expect(docText(content.nodes[1].body)).toContain('城关镇总工会牵头')
    expect(content.numbering.scheme).toBe('twoLevel')
    expect(templatePlanTitle(testTemplate(), { unit: '城关镇总工会', year: 2027 })).toBe(
      '城关镇总工会2027年工作计划',
    )
  })
})

describe('the closing fields (主送, 附件说明, 落款, 成文日期) travel through a template', () => {
  const withClosing = (withBodies: boolean) =>
    templateFromPlan(
      {
        ...testPlan,
        recipient: '某某镇各基层工会',
        attachments: ['2026年任务分解表', '考核办法'],
        signature: '某某镇总工会',
        issuedOn: '2025-12-30',
      },
      testNodes,
      { name: '带落款', kind: '工会', description: '', withBodies },
      { id: 'T', now: 10 },
    )

  it('saved with the unit and year as named fields, the date with its plan year', () => {
    // The outline-only template keeps them too: they are not bodies.
    for (const withBodies of [true, false])
      expect(withClosing(withBodies).closing).toEqual({
        recipient: '某某镇各基层工会',
        attachments: ['{{年度}}年任务分解表', '考核办法'],
        signature: '{{单位}}',
        issuedOn: '2025-12-30',
        year: 2026,
      })
    // Counted in the template's size; a plan without them makes a template without them.
    expect(withClosing(false).charCount).toBeGreaterThan(testTemplate(false).charCount)
    expect(testTemplate()).not.toHaveProperty('closing')
  })

  it('a plan made from it gets them filled, the date moved by the years between', () => {
    const content = planFromTemplate(
      withClosing(true),
      { unit: '城关镇总工会', year: 2027 },
      'NEW',
      () => 'n',
    )
    expect(content.closing).toEqual({
      recipient: '某某镇各基层工会',
      attachments: ['2027年任务分解表', '考核办法'],
      signature: '城关镇总工会',
      issuedOn: '2026-12-30',
    })
    expect(
      planFromTemplate(testTemplate(), { unit: '乙', year: 2027 }, 'N', () => 'n').closing,
    ).toEqual({})
  })
})

describe('templateOutline (gallery preview)', () => {
  it('lists chapters and their items in order, up to a limit', () => {
    const template = testTemplate()
    expect(templateOutline(template).rows.map((row) => `${row.level}${row.title}`)).toEqual([
      '1推动发展',
      '2开展{{年度}}年劳动竞赛',
      '1维护权益',
    ])
    expect(templateOutline(template, { levels: 1 }).rows).toHaveLength(2)
    expect(templateOutline(template, { limit: 1 })).toMatchObject({ more: 2 })
  })
})
