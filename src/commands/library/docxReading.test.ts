import { describe, expect, it } from 'vitest'
import type { SourceLine } from '../../domain/import/types'
import { packDocx } from './docxReading'

const line = (index: number, text: string): SourceLine => ({
  index,
  text,
  runs: [index % 2 === 0 ? { text, marks: ['bold'] } : { text }],
})

describe('a Word file packed for the page', () => {
  it('keeps every line in the JSON, the count, the first lines and whether any has text', () => {
    const lines = Array.from({ length: 2_500 }, (_, index) => line(index, `第${index + 1}段`))
    const packed = packDocx({ ok: true, lines, notes: ['表格未导入'] })
    if (!packed.ok) throw new Error('not packed')
    expect(JSON.parse(packed.linesJson)).toEqual(lines)
    expect(packed.lineCount).toBe(2_500)
    expect(packed.sample).toEqual(lines.slice(0, 2_000))
    expect(packed.hasText).toBe(true)
    expect(packed.notes).toEqual(['表格未导入'])
  })

  it('says when no line has text, and passes a refusal on as it is', () => {
    const blank = packDocx({ ok: true, lines: [line(0, '  '), line(1, '')], notes: [] })
    expect(blank.ok && blank.hasText).toBe(false)
    expect(packDocx({ ok: false, error: '文件已损坏' })).toEqual({ ok: false, error: '文件已损坏' })
  })
})
