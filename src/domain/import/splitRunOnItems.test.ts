import { expect, it } from 'vitest'
import { splitRunOnItems } from './splitRunOnItems'
import type { ParsedLine } from './types'

const heading = (sourceIndex: number, text: string, level: number): ParsedLine => ({
  sourceIndex,
  role: 'heading',
  text,
  level,
  label: text.slice(0, 2),
  style: '一是',
})

it('splits a 四是 run into the end of a 三是 paragraph when the sequence ran at line starts', () => {
  const lines = splitRunOnItems([
    heading(0, '二是甲。甲的内容。', 2),
    heading(1, '三是乙。乙的内容。四是丙。丙的内容。', 2),
  ])
  expect(
    lines.map(({ sourceIndex, part, title, rest, level }) => ({
      sourceIndex,
      part,
      title,
      rest,
      level,
    })),
  ).toEqual([
    { sourceIndex: 0, part: undefined, title: undefined, rest: undefined, level: 2 },
    { sourceIndex: 1, part: 0, title: '乙', rest: '乙的内容。', level: 2 },
    { sourceIndex: 1, part: 1, title: '丙', rest: '丙的内容。', level: 2 },
  ])
})

it('keeps formatting runs with each part', () => {
  const line = {
    ...heading(1, '三是乙。乙。四是丙。', 2),
    runs: [{ text: '三是乙。' }, { text: '乙。四是丙。', marks: ['bold' as const] }],
  }
  const [first, second] = splitRunOnItems([heading(0, '二是甲。', 2), line]).slice(1)
  expect(first.runs).toEqual([{ text: '三是乙。' }, { text: '乙。', marks: ['bold'] }])
  expect(second.runs).toEqual([{ text: '四是丙。', marks: ['bold'] }])
})

it('leaves a sequence alone that did not run at line starts at this level', () => {
  const lines = [
    heading(0, '二是甲。', 2),
    heading(1, '一、章', 1),
    heading(2, '三是乙。四是丙。', 2),
  ]
  lines[1].style = '一、'
  expect(splitRunOnItems(lines)).toHaveLength(3)
})
