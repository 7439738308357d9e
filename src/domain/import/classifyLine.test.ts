import { expect, it } from 'vitest'
import { classifyLine } from './classifyLine'

it('tells blank, plan marker, noise, numbered (inline or not) and other text apart', () => {
  expect(classifyLine('')).toEqual({ kind: 'blank' })
  expect(classifyLine('【篇二】')).toEqual({ kind: 'marker', marker: { name: '篇二', rest: '' } })
  expect(classifyLine('來源:瑞文範文網')).toEqual({ kind: 'noise' })
  expect(classifyLine('一是甲。')).toMatchObject({ kind: 'numbered', inline: false })
  expect(classifyLine('一是甲。二是乙。')).toMatchObject({ kind: 'numbered', inline: true })
  expect(classifyLine('不是甲。')).toEqual({ kind: 'text' })
})
