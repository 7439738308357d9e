import { describe, expect, it } from 'vitest'
import { docFromText } from './richText'
import { richNesting } from './richNesting'

describe('richNesting', () => {
  it('is 3 for doc > paragraph > text, 1 for an empty doc, 0 for no node', () => {
    expect(richNesting(docFromText('正文'))).toBe(3)
    expect(richNesting({ type: 'doc' })).toBe(1)
    expect(richNesting(null)).toBe(0)
    expect(richNesting('doc')).toBe(0)
  })

  it('follows content lists only, and measures a body nested 100,000 deep without recursion', () => {
    expect(richNesting({ type: 'doc', marks: [{ type: 'bold', attrs: { a: { b: {} } } }] })).toBe(1)
    let node: object = { type: 'text', text: '深' }
    for (let level = 1; level < 100_000; level++) node = { type: 'blockquote', content: [node] }
    expect(richNesting(node)).toBe(100_000)
  })
})
