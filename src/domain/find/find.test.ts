import { describe, expect, it } from 'vitest'
import { docFromText, docText } from '../outline/richText'
import type { OutlineNode, RichDoc } from '../outline/types'
import { DEFAULT_FIND_OPTIONS, type FindOptions } from './findOptions'
import { FindCache, findInFields, findInPlan, planFields, type FindQuery } from './findInPlan'
import { isWholeMatch } from './findInText'
import { foldText } from './foldText'
import { loadScriptFold } from './loadScriptFold'
import { replaceInDoc, replaceInTitle } from './replaceInText'
import { replaceMatches } from './replaceMatches'

const node = (id: string, parentId: string | null, orderKey: string, title: string, body = '') =>
  ({
    id,
    planId: 'p',
    parentId,
    orderKey,
    title,
    body: body ? docFromText(body) : null,
  }) satisfies OutlineNode

// 一、工会建设          (A)
//   （一）Ｘ工会活动     (A1)
// 二、其他              (B)
const plan = { preamble: docFromText('以工会为纽带，Ｘ工会與工會') }
const nodes = [
  node('B', null, 'a1', '其他', '工會组织；Xray 与 x'),
  node('A1', 'A', 'a0', 'Ｘ工会活动', '开展工会活动'),
  node('A', null, 'a0', '工会建设'),
]

const query = (text: string, options: Partial<FindOptions> = {}, extra: Partial<FindQuery> = {}) =>
  ({ text, options: { ...DEFAULT_FIND_OPTIONS, ...options }, ...extra }) satisfies FindQuery

const where = (matches: { nodeId: string; field: string; from: number }[]) =>
  matches.map((match) => `${match.nodeId}.${match.field}@${match.from}`)

describe('find with each option', () => {
  it('without options: exact text, in document order (preamble, then titles and bodies)', () => {
    expect(where(findInPlan(plan, nodes, query('工会')))).toEqual([
      'preamble.body@1',
      'preamble.body@8',
      'A.title@0',
      'A1.title@1',
      'A1.body@2',
    ])
  })

  it('Latin letters match whatever their case; full width stays apart unless asked', () => {
    expect(where(findInPlan(plan, nodes, query('x')))).toEqual(['B.body@5', 'B.body@12'])
    expect(where(findInPlan(plan, nodes, query('ｘ')))).toEqual(['preamble.body@7', 'A1.title@0'])
  })

  it('区分大小写: X finds X only (and Ｘ Ｘ only); with 全角/半角 too', () => {
    expect(where(findInPlan(plan, nodes, query('X', { caseSensitive: true })))).toEqual([
      'B.body@5',
    ])
    expect(where(findInPlan(plan, nodes, query('x', { caseSensitive: true })))).toEqual([
      'B.body@12',
    ])
    const both = findInPlan(plan, nodes, query('X', { caseSensitive: true, width: true }))
    expect(where(both)).toEqual(['preamble.body@7', 'A1.title@0', 'B.body@5'])
    expect(foldText('AbＣ', { width: true, script: false, caseSensitive: true })).toBe('AbC')
    // A cache kept between searches folds again when the option changes.
    const cache = new FindCache()
    expect(findInPlan(plan, nodes, query('x'), cache)).toHaveLength(2)
    expect(findInPlan(plan, nodes, query('x', { caseSensitive: true }), cache)).toHaveLength(1)
  })

  it('全角/半角视为相同: Ｘ finds X and x, and ，。 find , .', () => {
    const found = findInPlan(plan, nodes, query('X', { width: true }))
    expect(where(found)).toEqual(['preamble.body@7', 'A1.title@0', 'B.body@5', 'B.body@12'])
    expect(foldText('ＡＢＣ１２３，。\u3000', { width: true, script: false })).toBe('abc123,. ')
    expect(foldText('ＡＢＣ', { width: false, script: false })).toBe('ａｂｃ')
  })

  it('简繁视为相同: 工會 finds 工会 and the other way round, offsets unchanged', async () => {
    expect(findInPlan(plan, nodes, query('工會'))).toHaveLength(2)
    const scriptFold = await loadScriptFold()
    const found = findInPlan(plan, nodes, query('工會', { script: true }, { scriptFold }))
    expect(where(found)).toEqual([
      'preamble.body@1',
      'preamble.body@8',
      'preamble.body@11',
      'A.title@0',
      'A1.title@1',
      'A1.body@2',
      'B.body@0',
    ])
    const traditional = '加強職工權益維護'
    expect(foldText(traditional, { width: false, script: true }, scriptFold)).toBe(
      '加强职工权益维护',
    )
  })

  it('整词匹配: a match must not run on into more characters of its kind', () => {
    const whole = findInPlan(plan, nodes, query('工会', { wholePhrase: true }))
    // 以工会为纽带 runs on both sides; 工会建设 / Ｘ工会活动 / 开展工会活动 run on too.
    expect(where(whole)).toEqual([])
    const bounded = findInPlan(
      { preamble: docFromText('工会，职工 工会；工会组织') },
      [],
      query('工会', { wholePhrase: true }),
    )
    expect(where(bounded)).toEqual(['preamble.body@0', 'preamble.body@6'])
    // A Latin word is whole beside Chinese characters or punctuation, not inside a longer word.
    expect(where(findInPlan(plan, nodes, query('x', { wholePhrase: true })))).toEqual(['B.body@12'])
    expect(isWholeMatch('ab工会', 0, 2)).toBe(true)
    expect(isWholeMatch('abc', 0, 2)).toBe(false)
  })

  it('matches do not overlap; an empty query finds nothing', () => {
    const found = findInPlan({ preamble: docFromText('啊啊啊啊啊') }, [], query('啊啊'))
    expect(found.map((match) => match.from)).toEqual([0, 2])
    expect(findInPlan(plan, nodes, query(''))).toEqual([])
  })

  it('the cache gives the same answer after a body changes', () => {
    const cache = new FindCache()
    expect(findInPlan(plan, nodes, query('活动'), cache)).toHaveLength(2)
    const changed = nodes.map((row) =>
      row.id === 'A1' ? { ...row, body: docFromText('无'), rev: 1 } : row,
    )
    expect(findInPlan(plan, changed, query('活动'), cache)).toHaveLength(1)
  })

  it('the body being typed is searched as typed, not as stored (which lags the autosave)', () => {
    const cache = new FindCache()
    const search = (live: { nodeId: string; text: string } | null) =>
      where(findInFields(planFields(plan, nodes, cache, live), query('新词'), cache))
    expect(search(null)).toEqual([])
    // A1's stored body is 开展工会活动; the live editor holds it with 新词 typed at the end.
    expect(search({ nodeId: 'A1', text: '开展工会活动新词' })).toEqual(['A1.body@6'])
    expect(search({ nodeId: 'preamble', text: '新词' })).toEqual(['preamble.body@0'])
    // The typed text replaces the stored one: a word deleted while typing is no longer found.
    const deleted = findInFields(
      planFields(plan, nodes, cache, { nodeId: 'A1', text: '开展' }),
      query('活动'),
      cache,
    )
    expect(where(deleted)).toEqual(['A1.title@3'])
  })
})

const bold = [{ type: 'bold' }]
const richBody: RichDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '第一段工会' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '加强工' },
        { type: 'text', text: '会建设', marks: bold },
        { type: 'hardBreak' },
        { type: 'text', text: '工会', marks: bold },
      ],
    },
  ],
}

describe('replacing', () => {
  it('in a title, every range at once', () => {
    expect(
      replaceInTitle(
        '工会与工会',
        [
          { from: 0, to: 2 },
          { from: 3, to: 5 },
        ],
        '工會',
      ),
    ).toBe('工會与工會')
  })

  it('in a rich body: marks kept, a match across two runs replaced, other paragraphs intact', () => {
    const found = findInPlan({ preamble: richBody }, [], query('工会'))
    expect(found.map((match) => match.from)).toEqual([3, 8, 13])
    const after = replaceInDoc(richBody, found, '职工之家')
    expect(docText(after)).toBe('第一段职工之家\n加强职工之家建设\n职工之家')
    expect(after.content?.[1].content).toEqual([
      { type: 'text', text: '加强职工之家' },
      { type: 'text', text: '建设', marks: bold },
      { type: 'hardBreak' },
      { type: 'text', text: '职工之家', marks: bold },
    ])
    // The stored doc is left alone (it is the undo step's "before").
    expect(docText(richBody)).toBe('第一段工会\n加强工会建设\n工会')
  })

  it('replacing with nothing removes the text and leaves no empty text node', () => {
    const after = replaceInDoc(richBody, findInPlan({ preamble: richBody }, [], query('工会')), '')
    expect(docText(after)).toBe('第一段\n加强建设\n')
    const texts = JSON.stringify(after)
    expect(texts).not.toContain('"text":""')
  })

  it('the plan’s title and unit are searched first, then the preamble and the items', () => {
    const whole = { ...plan, title: '某某镇总工会2026年工作计划', unit: '某某镇总工会' }
    const found = findInPlan(whole, nodes, query('镇总工会'))
    expect(where(found)).toEqual(['planTitle.title@2', 'planUnit.title@2'])
    expect(where(findInPlan(whole, nodes, query('工会'))).slice(0, 3)).toEqual([
      'planTitle.title@4',
      'planUnit.title@4',
      'preamble.body@1',
    ])
    // Plan fields not given (a caller with the preamble only) are not searched.
    expect(where(findInPlan(plan, nodes, query('镇总工会')))).toEqual([])
  })

  it('replacing in the plan’s title and unit: plan fields of the one change', () => {
    const whole = { ...plan, title: '某某镇总工会2026年工作计划', unit: '某某镇总工会' }
    const byId = new Map(nodes.map((row) => [row.id, row]))
    const matches = findInPlan(whole, nodes, query('工会'))
    const change = replaceMatches(whole, byId, matches, '工會')
    expect(change.plan?.before).toMatchObject({ title: whole.title, unit: whole.unit })
    expect(change.plan?.after).toMatchObject({
      title: '某某镇总工會2026年工作计划',
      unit: '某某镇总工會',
    })
    expect(docText(change.plan?.after.preamble)).toBe('以工會为纽带，Ｘ工會與工會')
    expect(change.updated).toHaveLength(2)
  })

  it('one change for the whole plan: titles, bodies and the preamble, with what they were', () => {
    const byId = new Map(nodes.map((row) => [row.id, row]))
    const matches = findInPlan(plan, nodes, query('工会'))
    const change = replaceMatches(plan, byId, matches, '工會')
    expect(docText(change.plan?.after.preamble)).toBe('以工會为纽带，Ｘ工會與工會')
    expect(change.plan?.before.preamble).toBe(plan.preamble)
    expect(change.updated.map(({ after }) => [after.title, docText(after.body)])).toEqual([
      ['工會建设', ''],
      ['Ｘ工會活动', '开展工會活动'],
    ])
  })

  it('the closing fields: 主送 at the head; 附件说明 (one name a line), 落款 and 成文日期 at the foot', () => {
    const whole = {
      ...plan,
      title: '工会计划',
      recipient: '各基层工会',
      attachments: ['2026年工会任务分解表', '工会考核办法'],
      signature: '某某镇总工会',
      issuedOn: '2026-01-05',
    }
    expect(where(findInPlan(whole, nodes, query('工会'))).slice(0, 3)).toEqual([
      'planTitle.title@0',
      'planRecipient.title@3',
      'preamble.body@1',
    ])
    expect(where(findInPlan(whole, nodes, query('工会'))).slice(-3)).toEqual([
      'planAttachments.title@5',
      'planAttachments.title@13',
      'planSignature.title@4',
    ])
    // The date is searched as the document shows it.
    expect(where(findInPlan(whole, nodes, query('2026年1月')))).toEqual(['planIssuedOn.title@0'])
    expect(where(findInPlan(whole, nodes, query('2026')))).toEqual([
      'planAttachments.title@0',
      'planIssuedOn.title@0',
    ])
  })

  it('replacing in the closing fields: names kept one by one, the date read back to ISO', () => {
    const whole = {
      ...plan,
      title: '计划',
      attachments: ['2026年任务分解表', '考核办法'],
      issuedOn: '2026-01-05',
    }
    const byId = new Map(nodes.map((row) => [row.id, row]))
    const change = replaceMatches(whole, byId, findInPlan(whole, [], query('2026年')), '2027年')
    expect(change.plan?.before).toEqual({
      attachments: ['2026年任务分解表', '考核办法'],
      issuedOn: '2026-01-05',
    })
    expect(change.plan?.after).toEqual({
      attachments: ['2027年任务分解表', '考核办法'],
      issuedOn: '2027-01-05',
    })
    // A name replaced by nothing is dropped; the last one gone leaves no 附件说明.
    const gone = replaceMatches(whole, byId, findInPlan(whole, [], query('考核办法')), '')
    expect(gone.plan?.after).toEqual({ attachments: ['2026年任务分解表'] })
    const one = { ...whole, attachments: ['考核办法'] }
    const none = replaceMatches(one, byId, findInPlan(one, [], query('考核办法')), '')
    expect(none.plan?.after).toEqual({ attachments: undefined })
    // Text that is no longer a date is kept as typed, for validation to refuse.
    const broken = replaceMatches(whole, byId, findInPlan(whole, [], query('5日')), '5')
    expect(broken.plan?.after).toEqual({ issuedOn: '2026年1月5' })
  })
})
