import { describe, expect, it } from 'vitest'
import type { ParsedLine } from './types'
import { applyLineEdits, changeLevel, toggleHeading, type LineEdits } from './lineEdits'

const heading = (sourceIndex: number, level: number, title: string): ParsedLine => ({
  sourceIndex,
  role: 'heading',
  text: `x、${title}`,
  level,
  label: 'x、',
  title,
})
const body = (sourceIndex: number, text: string): ParsedLine => ({
  sourceIndex,
  role: 'body',
  text,
})

const lines: ParsedLine[] = [
  { sourceIndex: 0, role: 'title', text: '工作计划' },
  body(1, '总体思路。'),
  heading(2, 1, '第一章'),
  heading(3, 2, '第一条'),
  body(4, '加强学习。认真开展活动'),
  heading(5, 2, '第二条'),
]
const none: LineEdits = new Map()

describe('preview line edits', () => {
  it('moves a heading one level, never below the heading above plus one, never above 1', () => {
    const deeper = changeLevel(lines, none, 5, 1)
    expect(applyLineEdits(lines, deeper)[5].level).toBe(3)
    expect(changeLevel(applyLineEdits(lines, deeper), deeper, 5, 1)).toBe(deeper)
    expect(changeLevel(lines, none, 2, -1)).toBe(none)
    expect(changeLevel(lines, none, 2, 1)).toBe(none)
    expect(applyLineEdits(lines, changeLevel(lines, none, 3, -1))[3].level).toBe(1)
  })

  it('ignores level changes on lines that are not headings', () => {
    expect(changeLevel(lines, none, 1, 1)).toBe(none)
    expect(changeLevel(lines, none, 0, -1)).toBe(none)
  })

  it('turns a heading into body text (its whole line) and back to what the parser said', () => {
    const asBody = toggleHeading(lines, lines, none, 3)
    const edited = applyLineEdits(lines, asBody)
    expect(edited[3]).toEqual({ sourceIndex: 3, role: 'body', text: 'x、第一条' })
    const back = toggleHeading(lines, edited, asBody, 3)
    expect(back.size).toBe(0)
    expect(applyLineEdits(lines, back)[3]).toBe(lines[3])
  })

  it('turns a body line into a heading at the level above: first sentence title, rest body', () => {
    const edits = toggleHeading(lines, lines, none, 4)
    expect(applyLineEdits(lines, edits)[4]).toEqual({
      sourceIndex: 4,
      role: 'heading',
      text: '加强学习。认真开展活动',
      level: 2,
      title: '加强学习',
      rest: '认真开展活动',
    })
    expect(applyLineEdits(lines, toggleHeading(lines, lines, none, 1))[1].level).toBe(1)
    expect(toggleHeading(lines, lines, none, 0)).toBe(none)
  })

  it('a numbered body line made a heading loses its number from the title; Word runs stay', () => {
    const body: ParsedLine = {
      sourceIndex: 7,
      role: 'body',
      text: '（三）加强组织领导。要在全镇范围内开展。',
      runs: [{ text: '（三）加强组织领导。要在全镇范围内开展。', marks: ['bold'] }],
    }
    const [heading] = applyLineEdits([body], new Map([['7.0', { role: 'heading', level: 2 }]]))
    expect(heading).toMatchObject({
      role: 'heading',
      level: 2,
      label: '（三）',
      title: '加强组织领导',
    })
    expect(heading.rest).toBe('要在全镇范围内开展。')
    const [back] = applyLineEdits([heading], new Map([['7.0', { role: 'body' }]]))
    expect(back.runs).toEqual(body.runs)
  })
})

describe('changeLevel at the depth limit', () => {
  it('never takes a heading below LIMITS.outlineDepth', () => {
    const deep: ParsedLine[] = Array.from({ length: 20 }, (_, index) =>
      heading(index, Math.min(index + 1, 12), `第${index + 1}层`),
    )
    // Line 12 sits under a level-12 heading: one level more would be 13.
    expect(changeLevel(deep, none, 12, 1)).toBe(none)
    deep[12] = heading(12, 11, '第13层')
    const edits = changeLevel(deep, none, 12, 1)
    expect(edits.get('12.0')).toEqual({ role: 'heading', level: 12 })
    expect(changeLevel(applyLineEdits(deep, edits), edits, 12, 1)).toBe(edits)
  })
})
