import { expect, it } from 'vitest'
import { uniqueTitle } from './uniqueTitle'

it('keeps a free title and numbers a taken one from （2）', () => {
  expect(uniqueTitle('2027年工作计划', ['别的计划'])).toBe('2027年工作计划')
  expect(uniqueTitle(' 2027年工作计划 ', ['2027年工作计划'])).toBe('2027年工作计划（2）')
  expect(uniqueTitle('计划', ['计划', '计划（2）', '计划（3）'])).toBe('计划（4）')
})
