import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits/limits'
import { outlineFromLines } from './outlineFromLines'
import { outlineLimit } from './outlineLimit'
import { outlineToNodes } from './outlineToNodes'
import { parseImport } from './parseImport'
import { countLines, sourceLinesFromText } from './sourceLinesFromText'
import type { ImportedItem } from './types'

const item = (children: ImportedItem[] = []): ImportedItem => ({ title: '条', body: [], children })

function chain(depth: number): ImportedItem[] {
  let items: ImportedItem[] = []
  for (let level = 0; level < depth; level++) items = [item(items)]
  return items
}

describe('outlineLimit', () => {
  it('names too many items and too many levels; a plan within both passes', () => {
    expect(outlineLimit({ preamble: [], items: chain(LIMITS.outlineDepth) })).toBeNull()
    expect(outlineLimit({ preamble: [], items: chain(LIMITS.outlineDepth + 1) })).toBe(
      'outlineDepth',
    )
    const many = Array.from({ length: LIMITS.itemsPerPlan + 1 }, () => item())
    expect(outlineLimit({ preamble: [], items: many })).toBe('itemsPerPlan')
  })
})

describe('a text of 150,000 headings', () => {
  it('parses, builds and becomes rows without overflowing the stack, reporting progress', () => {
    const text = Array.from({ length: 150_000 }, (_, index) => `${(index % 9) + 1}、第${index}条`)
    const lines = sourceLinesFromText(text.join('\n'))
    const progress: number[] = []
    const parse = parseImport(lines, { onProgress: (share) => progress.push(share) })
    expect(progress.length).toBeGreaterThan(10)
    expect(progress.every((share, index) => share >= (progress[index - 1] ?? 0))).toBe(true)
    expect(progress[progress.length - 1]).toBe(1)
    const outline = outlineFromLines(parse.plans[0].lines)
    expect(outlineLimit(outline)).toBe('itemsPerPlan')
    expect(outlineToNodes(outline, 'p').nodes).toHaveLength(150_000)
  }, 30_000)

  it('whose outline 6,000 deep becomes rows without recursion', () => {
    expect(outlineToNodes({ preamble: [], items: chain(6_000) }, 'p').nodes).toHaveLength(6_000)
  })
})

describe('countLines', () => {
  it('counts as sourceLinesFromText splits', () => {
    for (const text of ['', 'a', 'a\nb', 'a\r\nb\rc\n', '\uFEFFa\n\nb'])
      expect(countLines(text)).toBe(sourceLinesFromText(text).length)
  })
})
