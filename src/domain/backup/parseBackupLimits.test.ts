import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits/limits'
import type { OutlineNode, RichNode } from '../outline/types'
import { serializeBackup } from './backupFile'
import { largeBackup } from './largeBackup'
import { parseBackup } from './parseBackup'
import { summarizeBackup } from './backupSummary'
import { testBackup, testTables } from './testBackup'

const refusal = (text: string) => {
  const parsed = parseBackup(text)
  if (parsed.ok) throw new Error('accepted')
  return parsed.error
}

/** A refusal a user can read: Chinese, no JavaScript's own words for objects or errors. */
const readable = (message: string) => {
  expect(message).toMatch(/[\u4e00-\u9fff]/)
  expect(message).not.toMatch(/\[object |undefined|Error|TypeError|at \w+ \(/)
  expect(message).toMatch(/(没有任何改动|未做任何更改)。$/)
  return message
}

const withNodes = (nodes: OutlineNode[]) =>
  serializeBackup(testBackup({ ...testTables(), nodes, snapshots: [] }))

/** An outline of one chain `levels` deep in plan P1. */
const chain = (levels: number): OutlineNode[] =>
  Array.from({ length: levels }, (_, level) => ({
    id: `L${level}`,
    planId: 'P1',
    parentId: level ? `L${level - 1}` : null,
    orderKey: 'a0',
    title: `第${level + 1}层`,
    body: null,
  }))

/** A body nesting `levels` deep: doc > blockquote > … > text. */
function nested(levels: number): RichNode {
  let node: RichNode = { type: 'text', text: '深' }
  for (let level = levels - 1; level >= 2; level--) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

/** The file's text with the first item's body replaced (as text: JSON.stringify recurses). */
function withBody(body: string): string {
  const tables = testTables()
  return serializeBackup(testBackup(tables)).replace(JSON.stringify(tables.nodes[0].body), body)
}

describe('parseBackup: limits (LIMITS in domain/limits)', () => {
  it('refuses more items than backupItems before checking any row', () => {
    const text = serializeBackup(testBackup({ ...testTables(), nodes: [], snapshots: [] }))
    const rows = Array.from(
      { length: LIMITS.backupItems + 1 },
      (_, index) => `{"id":"n${index}"}`, // never checked: the count comes first
    )
    expect(readable(refusal(text.replace('"nodes":[]', `"nodes":[${rows.join(',')}]`)))).toBe(
      '备份中的条目超过 200,000 条，无法恢复。未做任何更改。',
    )
  })

  it('accepts an outline of outlineDepth levels and refuses one more', () => {
    expect(parseBackup(withNodes(chain(LIMITS.outlineDepth))).ok).toBe(true)
    expect(readable(refusal(withNodes(chain(LIMITS.outlineDepth + 1))))).toBe(
      '计划“2027年工作计划”的大纲层级超过 12 层，无法恢复。未做任何更改。',
    )
  })

  it('accepts a body of bodyNesting levels and refuses one more, even 200,000 deep', () => {
    const fits = parseBackup(withBody(JSON.stringify(nested(LIMITS.bodyNesting))))
    expect(fits.ok).toBe(true)
    const message = '第 1 个条目的正文格式的嵌套超过 16 层，无法恢复。未做任何更改。'
    expect(readable(refusal(withBody(JSON.stringify(nested(LIMITS.bodyNesting + 1)))))).toBe(
      message,
    )
    // Written as text: a value this deep overflows any recursive writer (or reader).
    const levels = 200_000
    const deep = `${'{"type":"doc","content":['.repeat(levels)}{"type":"text","text":"深"}${']}'.repeat(levels)}`
    expect(refusal(withBody(deep))).toBe(message)
  })

  it('reads 100,000 items in one plan (linear checks), reporting progress up to 1', () => {
    const shares: number[] = []
    const parsed = parseBackup(serializeBackup(largeBackup(100_000, 1)), (share) =>
      shares.push(share),
    )
    if (!parsed.ok) throw new Error(parsed.error)
    expect(summarizeBackup(parsed.backup).nodes).toBe(100_000)
    expect(shares.length).toBeGreaterThan(10)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(shares.at(-1)).toBe(1)
  }, 120_000)
})

describe('parseBackup: unsafe key names', () => {
  const file = serializeBackup(testBackup())
  const cases: [string, string, string][] = [
    ['the file', file.replace('{"format"', '{"__proto__":{"a":1},"format"'), '备份文件含有'],
    [
      'its tables',
      file.replace('"tables":{', '"tables":{"__proto__":{"x":1},'),
      '备份文件的 tables 含有',
    ],
    ['a plan', file.replace('"plans":[{', '"plans":[{"constructor":{"a":1},'), '第 1 个计划含有'],
    [
      'a body’s attributes',
      file.replace(
        '{"type":"text","text":"正文A"}',
        '{"type":"text","text":"正文A","attrs":{"prototype":1}}',
      ),
      '第 1 个条目含有',
    ],
    [
      'a setting’s value',
      file.replace('"value":{"subtitle"', '"value":{"__proto__":{"polluted":true},"subtitle"'),
      '第 2 个设置含有',
    ],
    [
      'a template’s item',
      file.slice(0, file.indexOf('"templates"')) +
        file.slice(file.indexOf('"templates"')).replace('"nodes":[{', '"nodes":[{"__proto__":{},'),
      '第 1 个模板含有',
    ],
  ]
  for (const [where, text, place] of cases)
    it(`refuses one in ${where}, naming the place and the name`, () => {
      expect(text).not.toBe(file)
      const message = readable(refusal(text))
      expect(message).toContain(place)
      expect(message).toMatch(/不安全的名称“(__proto__|constructor|prototype)”/)
    })

  it('takes a setting keyed __proto__ as a setting (no TypeError), and never pollutes', () => {
    const text = file.replace('"settings":[', '"settings":[{"key":"__proto__","value":1},')
    expect(() => parseBackup(text)).not.toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseBackup: every refusal is readable Chinese', () => {
  const file = JSON.parse(serializeBackup(testBackup())) as {
    tables: Record<string, Record<string, unknown>[]>
  }
  const edits: ((copy: typeof file) => void)[] = [
    (copy) => (copy.tables.plans[0].title = { nested: true }),
    (copy) => (copy.tables.nodes[0].body = []),
    (copy) => (copy.tables.nodes[0].body = { type: 'doc', content: 'text' }),
    (copy) => (copy.tables.phrases[0].useCount = -1),
    (copy) => (copy.tables.snapshots[0].nodes = [null]),
    (copy) => (copy.tables.templates[0].nodes = {}),
    (copy) => ((copy.tables as Record<string, unknown>).plans = 'none'),
    (copy) => (copy.tables.settings[0] = { key: '', value: 1 }),
    (copy) => (copy.tables.plans[0].numbering = { scheme: 'roman', continuousLevel2: false }),
  ]
  edits.forEach((edit, index) =>
    it(`refusal ${index + 1}`, () => {
      const copy = structuredClone(file)
      edit(copy)
      readable(refusal(JSON.stringify(copy)))
    }),
  )
})
