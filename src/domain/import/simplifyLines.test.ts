import { describe, expect, it } from 'vitest'
import { looksTraditional, simplifyLines } from './simplifyLines'

const line = (index: number, text: string) => ({ index, text })

describe('Traditional text', () => {
  it('is recognised by its Traditional-only characters', () => {
    expect(
      looksTraditional([line(0, '鄉鎮工會工作計劃參考'), line(1, '一、進一步推動科學發展')]),
    ).toBe(true)
    expect(
      looksTraditional([line(0, '乡镇工会工作计划参考'), line(1, '一、进一步推动科学发展')]),
    ).toBe(false)
    expect(looksTraditional([line(0, '會')])).toBe(true)
  })

  it('is not Japanese, whose kanji look Traditional (職員, 協力, 活動計画) beside its kana', () => {
    expect(
      looksTraditional([
        line(0, '一、基本方針'),
        line(1, '今年度の活動計画をお知らせします。職員の皆さんはよく読んでください。'),
        line(2, 'みんなで協力して進めましょう。'),
      ]),
    ).toBe(false)
  })

  it('converts text and runs, runs joining to the text', () => {
    const convert = (text: string) => text.replace(/會/g, '会').replace(/們/g, '们')
    const [plain, rich] = simplifyLines(
      [
        line(0, '工會'),
        { index: 1, text: '我們工會', runs: [{ text: '我們' }, { text: '工會', marks: ['bold'] }] },
      ],
      convert,
    )
    expect(plain.text).toBe('工会')
    expect(rich.text).toBe('我们工会')
    expect(rich.runs).toEqual([{ text: '我们' }, { text: '工会', marks: ['bold'] }])
  })
})
