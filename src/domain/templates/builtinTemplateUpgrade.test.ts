import { describe, expect, it } from 'vitest'
import { BUILTIN_TEMPLATES } from './builtinTemplates.data'
import { BUILTIN_TEMPLATE_KEYS, BUILTIN_TEMPLATES_VERSION } from './builtinTemplatesVersion'
import { builtinTemplatesCurrent, planBuiltinTemplateUpgrade } from './builtinTemplateUpgrade'
import { buildTemplateFile } from './templateFile'
import { testTemplate } from './testTemplate'
import type { BuiltinTemplate } from './types'

const ids = () => {
  let next = 0
  return () => `new${++next}`
}

const builtin = (key: string, name: string): BuiltinTemplate => {
  return { ...buildTemplateFile(testTemplate(), new Date(0)).template, key, name }
}

describe('built-in templates', () => {
  it('ship the three seed plans and the blank 工作要点, under the listed keys', () => {
    expect(BUILTIN_TEMPLATES.map((template) => template.key)).toEqual([...BUILTIN_TEMPLATE_KEYS])
    expect(BUILTIN_TEMPLATES.map((template) => template.name)).toEqual([
      '乡镇工会工作计划',
      '县总工会工作计划',
      '乡镇人大工作计划',
      '工作要点（空白）',
    ])
    expect(BUILTIN_TEMPLATES[3].nodes.map((node) => node.title)).toEqual([
      '指导思想',
      '主要目标',
      '重点任务',
      '保障措施',
    ])
  })

  it('are seeded into an empty library, then current', () => {
    const patch = planBuiltinTemplateUpgrade([], BUILTIN_TEMPLATES, {
      version: BUILTIN_TEMPLATES_VERSION,
      now: 5,
      newId: ids(),
    })
    expect(patch.deleteIds).toEqual([])
    expect(patch.put.map((row) => [row.id, row.builtinKey, row.builtinVersion])).toEqual(
      BUILTIN_TEMPLATE_KEYS.map((key, index) => [`new${index + 1}`, key, 1]),
    )
    expect(patch.put[0].itemCount).toBe(21)
    expect(builtinTemplatesCurrent(patch.put, BUILTIN_TEMPLATE_KEYS, 1)).toBe(true)
    expect(builtinTemplatesCurrent(patch.put, BUILTIN_TEMPLATE_KEYS, 2)).toBe(false)
    expect(builtinTemplatesCurrent([], BUILTIN_TEMPLATE_KEYS, 1)).toBe(false)
  })

  it('a new app version replaces and adds built-ins, drops removed ones, never touches the user’s', () => {
    const v1 = planBuiltinTemplateUpgrade([], [builtin('a', '甲'), builtin('gone', '旧')], {
      version: 1,
      now: 5,
      newId: ids(),
    }).put
    const own = { ...testTemplate(), id: 'mine', name: '我的（复制自甲）' }
    const patch = planBuiltinTemplateUpgrade(
      [...v1, own],
      [builtin('a', '甲（新版）'), builtin('b', '乙')],
      { version: 2, now: 9, newId: () => 'fresh' },
    )
    expect(patch.deleteIds).toEqual([v1[1].id])
    expect(patch.put.map((row) => [row.id, row.name, row.createdAt, row.updatedAt])).toEqual([
      [v1[0].id, '甲（新版）', 5, 9],
      ['fresh', '乙', 9, 9],
    ])
    expect(patch.put.some((row) => row.id === 'mine')).toBe(false)
    expect(patch.deleteIds).not.toContain('mine')
  })

  it('removes a second row of the same built-in (two tabs seeding at once)', () => {
    const rows = planBuiltinTemplateUpgrade([], [builtin('a', '甲')], {
      version: 1,
      now: 5,
      newId: ids(),
    }).put
    const twice = [...rows, { ...rows[0], id: 'dup' }]
    expect(builtinTemplatesCurrent(twice, ['a'], 1)).toBe(false)
    expect(
      planBuiltinTemplateUpgrade(twice, [builtin('a', '甲')], { version: 1, now: 6, newId: ids() }),
    ).toEqual({ put: [], deleteIds: ['dup'] })
  })
})
