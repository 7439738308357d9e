import { describe, expect, it } from 'vitest'
import { formatNumber } from './formatNumber'

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [21, 'chineseCountingThousand', '二十一'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1005, 'chineseCountingThousand', '一千零五'],
    [10, 'chineseLegalSimplified', '壹拾'],
    [3, 'ideographLegalTraditional', '參'],
    [1, 'ideographTraditional', '甲'],
    [11, 'ideographTraditional', '甲'],
    [2, 'ideographZodiac', '丑'],
    [105, 'ideographDigital', '一〇五'],
    [1, 'decimalEnclosedCircle', '①'],
    [20, 'decimalEnclosedCircleChinese', '⑳'],
    [21, 'decimalEnclosedCircle', '21'],
    [2, 'decimalEnclosedParen', '⑵'],
    [3, 'decimalEnclosedFullstop', '⒊'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'],
    [27, 'lowerLetter', 'aa'],
    [3, 'upperLetter', 'C'],
    [5, 'decimal', '5'],
    [5, 'someFutureFormat', '5'],
    [5, 'none', ''],
  ])('%i in %s is %s', (value, numFmt, label) => {
    expect(formatNumber(value, numFmt)).toBe(label)
  })
})
