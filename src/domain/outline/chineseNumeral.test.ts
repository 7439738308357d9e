import { describe, expect, it } from 'vitest'
import { chineseNumeral, circledNumeral } from './chineseNumeral'

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [2024, '二千零二十四'],
    [10000, '一万'],
    [10001, '一万零一'],
  ])('%i → %s', (value, text) => {
    expect(chineseNumeral(value)).toBe(text)
  })

  it('circles 1–50 and brackets beyond', () => {
    expect(circledNumeral(1)).toBe('①')
    expect(circledNumeral(20)).toBe('⑳')
    expect(circledNumeral(21)).toBe('㉑')
    expect(circledNumeral(36)).toBe('㊱')
    expect(circledNumeral(50)).toBe('㊿')
    expect(circledNumeral(51)).toBe('(51)')
  })
})
