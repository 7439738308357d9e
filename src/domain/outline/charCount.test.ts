import { describe, expect, it } from 'vitest'
import { countCharacters } from './charCount'
import { docFromText, docText } from './richText'

describe('countCharacters (as Word counts)', () => {
  it('counts each 汉字, each Latin word and each number once; no punctuation or spaces', () => {
    expect(countCharacters('维护职工合法权益。')).toBe(8)
    expect(countCharacters('2026年工作要点')).toBe(6)
    expect(countCharacters('开展 AI 培训 3.5 万人次，“五化五强”')).toBe(13)
    expect(countCharacters('  ，。、；！  ')).toBe(0)
    expect(countCharacters('Hello world')).toBe(2)
  })

  it('reads text out of a body', () => {
    expect(docText(docFromText('第一段\n第二段'))).toBe('第一段\n第二段')
    expect(docText(null)).toBe('')
  })
})
