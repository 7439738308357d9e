import { describe, expect, it } from 'vitest'
import { outlineFromLines } from './outlineFromLines'
import { drawOutline, tree } from './testOutline'
import type { ParsedLine } from './types'

let index = 0
const h = (level: number, title: string, rest?: string): ParsedLine => ({
  sourceIndex: index++,
  role: 'heading',
  text: `${title}。${rest ?? ''}`,
  level,
  title,
  ...(rest === undefined ? {} : { rest }),
})
const b = (text: string, extra: Partial<ParsedLine> = {}): ParsedLine => ({
  sourceIndex: index++,
  role: 'body',
  text,
  ...extra,
})
const other = (role: ParsedLine['role'], text: string): ParsedLine => ({
  sourceIndex: index++,
  role,
  text,
})

describe('outlineFromLines', () => {
  it('nests by level; body under the item above; preamble before the first heading', () => {
    const outline = outlineFromLines([
      other('title', '某镇总工会2016年工作计划'),
      other('header', '2016年4月2日'),
      b('总体思路。'),
      other('blank', ''),
      h(1, '凝聚职工力量'),
      b('把握中心。'),
      h(2, '深化劳动竞赛', '广泛开展岗位练兵。'),
      b('第二段。'),
      h(2, '提升技术创新能力'),
      h(1, '维护职工权益'),
      other('noise', '来源：某网'),
      h(2, '着力源头参与'),
    ])
    expect(drawOutline(outline)).toBe(
      tree(`
        > 总体思路。
        - 凝聚职工力量
          | 把握中心。
          - 深化劳动竞赛
            | 广泛开展岗位练兵。
            | 第二段。
          - 提升技术创新能力
        - 维护职工权益
          - 着力源头参与
      `),
    )
  })

  it('tolerates any level sequence: a jump nests under the last item, a first level 2 is top', () => {
    const outline = outlineFromLines([
      h(2, '甲'),
      h(3, '甲一'),
      h(1, '乙'),
      h(3, '乙一'),
      h(4, '乙一一'),
      h(2, '乙二'),
    ])
    expect(drawOutline(outline)).toBe(
      tree(`
        - 甲
          - 甲一
        - 乙
          - 乙一
            - 乙一一
          - 乙二
      `),
    )
  })

  it('a heading turned into body text by the user joins the item above, with its number', () => {
    const lines = [
      h(1, '一章'),
      h(2, '甲'),
      { ...h(2, '乙', '乙的内容。'), text: '（二）乙。乙的内容。' },
    ]
    lines[2] = { ...lines[2], role: 'body' }
    expect(drawOutline(outlineFromLines(lines))).toBe(
      tree(`
        - 一章
          - 甲
            | （二）乙。乙的内容。
      `),
    )
  })

  it('a body line turned into a heading by the user: its title is its text without the number', () => {
    const line: ParsedLine = { ...b('（三）加强领导。'), role: 'heading', level: 1 }
    expect(drawOutline(outlineFromLines([line]))).toBe('- 加强领导')
  })

  it('a continued line joins the paragraph above; formatted runs are kept and the rest sliced from them', () => {
    const heading: ParsedLine = {
      ...h(1, '加强领导', '要在全年。'),
      text: '一、加强领导。要在全年。',
      runs: [{ text: '一、加强领导。要在' }, { text: '全年。', marks: ['bold'] }],
    }
    const outline = outlineFromLines([heading, b('继续', { continues: true }), b('新段落')])
    expect(outline.items[0].body).toEqual([
      [{ text: '要在' }, { text: '全年。', marks: ['bold'] }, { text: '继续' }],
      [{ text: '新段落' }],
    ])
  })

  it('no lines: an empty outline', () => {
    expect(outlineFromLines([])).toEqual({ preamble: [], items: [] })
  })
})
