import { describe, expect, it } from 'vitest'
import { buildPlan } from './fixtures/planBuilder'
import { isValidOrderKey } from '../outline/orderKeys'
import { buildTree, flattenTree } from '../outline/tree'
import { parsePlanJson, serializePlan } from './planJson'

describe('plan JSON', () => {
  it('round-trips a plan and its nodes', () => {
    const { plan, nodes } = buildPlan({
      preamble: '总体思路。',
      numbering: { scheme: 'yishi', continuousLevel2: true },
      outline: [{ title: '甲', body: '正文', children: [{ title: '乙' }] }],
    })
    const text = serializePlan(plan, nodes, new Date('2026-01-08T00:00:00Z'))
    expect(JSON.parse(text)).toMatchObject({ format: 'plandraft-plan', version: 1 })
    expect(parsePlanJson(text)).toEqual({ ok: true, plan, nodes })
  })

  it('round-trips the closing fields (主送, 附件说明, 落款, 成文日期); checks them as the form does', () => {
    const built = buildPlan({ outline: [{ title: '甲' }] })
    const plan = {
      ...built.plan,
      recipient: '各基层工会',
      attachments: ['任务分解表', '考核办法'],
      signature: '某某镇总工会',
      issuedOn: '2026-01-05',
    }
    const text = serializePlan(plan, built.nodes)
    expect(parsePlanJson(text)).toEqual({ ok: true, plan, nodes: built.nodes })
    // A file from before them has none, and reads as before.
    const file = JSON.parse(text)
    expect(parsePlanJson(serializePlan(built.plan, built.nodes))).toMatchObject({
      plan: expect.not.objectContaining({ recipient: expect.anything() }),
    })
    const withPlan = (fields: Record<string, unknown>) =>
      JSON.stringify({ ...file, plan: { ...file.plan, ...fields } })
    expect(parsePlanJson(withPlan({ issuedOn: '2026年1月5日' }))).toEqual({
      ok: false,
      error: '成文日期应写作如 2026年1月5日',
    })
    expect(parsePlanJson(withPlan({ attachments: '表' }))).toEqual({
      ok: false,
      error: '计划的附件说明格式不正确',
    })
    expect(parsePlanJson(withPlan({ signature: 7 }))).toEqual({
      ok: false,
      error: '计划的落款格式不正确',
    })
    // Cleaned as the form cleans them: an empty name or 主送 is dropped.
    const cleaned = parsePlanJson(withPlan({ recipient: ' ', attachments: ['', '名单。'] }))
    expect(cleaned.ok && [cleaned.plan.recipient, cleaned.plan.attachments]).toEqual([
      undefined,
      ['名单'],
    ])
  })

  const errorOf = (value: unknown) => {
    const result = parsePlanJson(typeof value === 'string' ? value : JSON.stringify(value))
    return result.ok ? null : result.error
  }
  const valid = () => {
    const { plan, nodes } = buildPlan({ outline: [{ title: '甲', children: [{ title: '乙' }] }] })
    return JSON.parse(serializePlan(plan, nodes))
  }

  it('regenerates invalid or repeated order keys, keeping the order shown', () => {
    const file = JSON.parse(
      serializePlan(
        buildPlan({ outline: Array.from({ length: 11 }, (_, index) => ({ title: `${index}` })) })
          .plan,
        [],
      ),
    )
    file.nodes = Array.from({ length: 11 }, (_, index) => ({
      id: `n${index}`,
      parentId: null,
      orderKey: `a${String(index + 1).padStart(6, '0')}`,
      title: `${index + 1}`,
      body: null,
    }))
    const result = parsePlanJson(JSON.stringify(file))
    if (!result.ok) throw new Error(result.error)
    expect(result.nodes.every((node) => isValidOrderKey(node.orderKey))).toBe(true)
    const titles = flattenTree(buildTree(result.nodes)).map((row) => row.node.title)
    expect(titles).toEqual(Array.from({ length: 11 }, (_, index) => `${index + 1}`))
  })

  it('rejects files that are not plan files, in Chinese', () => {
    expect(errorOf('{not json')).toBe('文件不是有效的 JSON，可能已损坏')
    expect(errorOf({ hello: 1 })).toBe('这不是“计划起草”导出的计划文件（JSON 备份）')
    expect(errorOf({ ...valid(), version: 2 })).toBe(
      '计划文件的版本（2）比本程序新，请先升级程序再导入',
    )
    expect(errorOf({ ...valid(), plan: undefined })).toBe('文件中没有计划（plan）')
    expect(errorOf({ ...valid(), nodes: 'x' })).toBe('文件中没有条目列表（nodes）')
  })

  it('rejects broken trees and fields', () => {
    const file = valid()
    file.nodes[1].parentId = 'missing'
    expect(errorOf(file)).toBe('条目“乙”的上级条目不存在')

    const loop = valid()
    loop.nodes[0].parentId = loop.nodes[1].id
    expect(errorOf(loop)).toBe('条目“甲”的层级关系有循环')

    const duplicate = valid()
    duplicate.nodes[1].id = duplicate.nodes[0].id
    expect(errorOf(duplicate)).toBe('条目编号“n1”重复')

    const noTitle = valid()
    delete noTitle.nodes[0].title
    expect(errorOf(noTitle)).toBe('第 1 个条目缺少文字字段“title”')

    const badBody = valid()
    badBody.nodes[0].body = { type: 'paragraph' }
    expect(errorOf(badBody)).toBe('第 1 个条目的正文格式不正确')

    const badYear = valid()
    badYear.plan.year = '明年'
    expect(errorOf(badYear)).toBe('计划的年度不正确')

    const badScheme = valid()
    badScheme.plan.numbering.scheme = 'roman'
    expect(errorOf(badScheme)).toBe('不认识的序号样式“roman”')
  })

  it('accepts a file with a byte-order mark', () => {
    expect(parsePlanJson('\uFEFF' + JSON.stringify(valid())).ok).toBe(true)
  })
})

describe('parsePlanJson limits', () => {
  const file = (nodes: unknown[], preamble: unknown = null) =>
    JSON.stringify({
      format: 'plandraft-plan',
      version: 1,
      plan: { id: 'p', title: '计划', unit: '', year: 2026, preamble },
      nodes,
    })
  const chain = (depth: number) =>
    Array.from({ length: depth }, (_, index) => ({
      id: `n${index}`,
      parentId: index === 0 ? null : `n${index - 1}`,
      orderKey: 'a0',
      title: `第${index + 1}层`,
      body: null,
    }))
  // As text: JSON.stringify recurses, so a body this deep cannot be written by it.
  const deepBody = (depth: number) =>
    `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(depth)}{"type":"text","text":"深"}${']}'.repeat(depth)}]}`

  it('refuses a parent chain 6,000 deep with the outline depth message', () => {
    expect(parsePlanJson(file(chain(6_000)))).toEqual({
      ok: false,
      error: '大纲层级超过 12 层，无法导入。未做任何更改。',
    })
    expect(parsePlanJson(file(chain(12))).ok).toBe(true)
  })

  it('refuses a body or preamble nested 100,000 deep with its message, never throwing', () => {
    const error = '正文格式的嵌套超过 16 层，无法导入。未做任何更改。'
    const inBody = file(chain(1)).replace('"body":null', `"body":${deepBody(100_000)}`)
    expect(parsePlanJson(inBody)).toEqual({ ok: false, error })
    const inPreamble = file([]).replace('"preamble":null', `"preamble":${deepBody(100_000)}`)
    expect(parsePlanJson(inPreamble)).toEqual({ ok: false, error })
  })
})
