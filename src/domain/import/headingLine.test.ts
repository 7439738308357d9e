import { describe, expect, it } from 'vitest'
import { headingLine, listStyle } from './headingLine'

describe('headingLine', () => {
  it('takes the number from the text: label, style, title, rest', () => {
    expect(headingLine(3, '（一）进一步推进权力清单公开。要在……', 2)).toEqual({
      sourceIndex: 3,
      role: 'heading',
      text: '（一）进一步推进权力清单公开。要在……',
      level: 2,
      label: '（一）',
      style: '（一）',
      title: '进一步推进权力清单公开',
      rest: '要在……',
    })
  })

  it('takes the number from a Word list label when given (the text has none)', () => {
    expect(headingLine(0, '总体要求', 1, { listLabel: '一、' })).toMatchObject({
      label: '一、',
      style: '一、',
      title: '总体要求',
    })
  })

  it('a line without a number (a Word heading style) is all title', () => {
    const line = headingLine(0, '总体要求', 1)
    expect(line.title).toBe('总体要求')
    expect(line.label).toBeUndefined()
  })
})

describe('listStyle', () => {
  it('names a list label by its numbering style; null for a bullet', () => {
    expect(listStyle('三、')).toBe('一、')
    expect(listStyle('（2）')).toBe('（1）')
    expect(listStyle('第12条')).toBe('第1条')
    expect(listStyle('●')).toBeNull()
    expect(listStyle('')).toBeNull()
  })
})
