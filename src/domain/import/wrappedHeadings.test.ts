import { describe, expect, it } from 'vitest'
import { outlineFromLines } from './outlineFromLines'
import { parseImport } from './parseImport'
import { drawOutline, parseText } from './testOutline'
import type { ParsedLine, SourceLine } from './types'
import {
  documentWrapWidth,
  joinsHeadingAbove,
  markWrappedHeadings,
  textWidth,
} from './wrappedHeadings'

const WRAPPED = [
  '一、以习近平新时代中国特色社会主义思想为指导全面',
  '贯彻落实党的二十大精神',
  '（一）加强学习',
].join('\n')

describe('markWrappedHeadings', () => {
  it('marks the end of a wrapped heading, which stays a body line in the preview', () => {
    const [plan] = parseText(WRAPPED).plans
    expect(plan.lines.map(({ role, wraps }) => [role, wraps ?? false])).toEqual([
      ['heading', false],
      ['body', true],
      ['heading', false],
    ])
  })

  it('the heading made body text: its end continues that paragraph', () => {
    const [plan] = parseText(WRAPPED).plans
    const edited: ParsedLine[] = plan.lines.map((line, index) =>
      index === 0 ? { sourceIndex: 0, role: 'body', text: line.text } : line,
    )
    expect(drawOutline(outlineFromLines(edited))).toBe(
      [
        '> 一、以习近平新时代中国特色社会主义思想为指导全面贯彻落实党的二十大精神',
        '- 加强学习',
      ].join('\n'),
    )
  })

  it('joinsHeadingAbove: the preview tells the joined line as part of its heading, as imported', () => {
    const [plan] = parseText(WRAPPED).plans
    expect(plan.lines.map((_, index) => joinsHeadingAbove(plan.lines, index))).toEqual([
      false,
      true,
      false,
    ])
    // The heading made body text: the line continues that paragraph, it joins no heading.
    const edited: ParsedLine[] = plan.lines.map((line, index) =>
      index === 0 ? { sourceIndex: 0, role: 'body', text: line.text } : line,
    )
    expect(joinsHeadingAbove(edited, 1)).toBe(false)
    // A heading run into its paragraph has a body already: nothing joins its title.
    const runIn: ParsedLine[] = [{ ...plan.lines[0], rest: '全文' }, plan.lines[1]]
    expect(joinsHeadingAbove(runIn, 1)).toBe(false)
    expect(drawOutline(outlineFromLines(plan.lines))).toBe(
      ['- 以习近平新时代中国特色社会主义思想为指导全面贯彻落实党的二十大精神', '  - 加强学习'].join(
        '\n',
      ),
    )
  })

  it('Word paragraphs are never joined (a paragraph is not wrapped text)', () => {
    const lines: SourceLine[] = WRAPPED.split('\n').map((text, index) => ({
      index,
      text,
      runs: [{ text }],
    }))
    const [plan] = parseImport(lines).plans
    expect(plan.lines.some((line) => line.wraps)).toBe(false)
    expect(drawOutline(outlineFromLines(plan.lines))).toBe(
      [
        '- 以习近平新时代中国特色社会主义思想为指导全面',
        '  | 贯彻落实党的二十大精神',
        '  - 加强学习',
      ].join('\n'),
    )
  })

  it('a line already taken as a continuation of a paragraph is left alone', () => {
    const lines: ParsedLine[] = [
      { sourceIndex: 0, role: 'body', text: '以习近平新时代中国特色社会主义思想为指导全面' },
      { sourceIndex: 1, role: 'body', text: '贯彻落实', continues: true },
    ]
    expect(markWrappedHeadings(lines)).toBe(lines)
  })

  it('the wrap width is the most frequent width of unfinished body lines, given three', () => {
    const body = (sourceIndex: number, text: string): ParsedLine => ({
      sourceIndex,
      role: 'body',
      text,
    })
    const cut = '今年工会工作的总体要求是以党的二十大精神为指导全面贯彻落' // 28
    expect(textWidth(cut)).toBe(28)
    expect(documentWrapWidth([body(0, cut), body(1, cut), body(2, `${cut}。`)])).toBeNull()
    expect(documentWrapWidth([body(0, cut), body(1, cut), body(2, cut)])).toBe(28)
    expect(textWidth('2025年GDP')).toBe(4.5)
  })
})
