import { expect, it } from 'vitest'
import { sourceLinesFromText } from './sourceLinesFromText'

it('gives one line per line, numbered from 0, for \\n, \\r\\n and \\r', () => {
  expect(sourceLinesFromText('一、甲\r\n\r\n乙\r丙\n')).toEqual([
    { index: 0, text: '一、甲' },
    { index: 1, text: '' },
    { index: 2, text: '乙' },
    { index: 3, text: '丙' },
    { index: 4, text: '' },
  ])
})

it('drops a BOM and gives nothing for empty text', () => {
  expect(sourceLinesFromText('\ufeff甲')).toEqual([{ index: 0, text: '甲' }])
  expect(sourceLinesFromText('')).toEqual([])
})
