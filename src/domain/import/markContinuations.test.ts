import { expect, it } from 'vitest'
import { drawText, tree } from './testOutline'

it('joins a paragraph broken over lines when paragraphs are separated by blank lines', () => {
  const text = [
    '总体思路：坚持以职工为中心，',
    '推动工作。',
    '',
    '一、凝聚职工力量',
    '',
    '1、深化劳动竞赛。广泛开展岗位练兵、技能比武活动，深化创建“工人先锋号”活',
    '动，扎实开展班组活动。',
    '',
    '2、提升技术创新能力。',
    '',
  ].join('\n')
  expect(drawText(text)).toBe(
    tree(`
      > 总体思路：坚持以职工为中心，推动工作。
      - 凝聚职工力量
        - 深化劳动竞赛
          | 广泛开展岗位练兵、技能比武活动，深化创建“工人先锋号”活动，扎实开展班组活动。
        - 提升技术创新能力
    `),
  )
})

it('keeps lines apart in text without blank lines between paragraphs', () => {
  const text = [
    '总体思路：坚持以职工为中心，',
    '推动工作。',
    '一、凝聚职工力量',
    '把握中心',
    '服务大局。',
  ].join('\n')
  expect(drawText(text)).toBe(
    tree(`
      > 总体思路：坚持以职工为中心，
      > 推动工作。
      - 凝聚职工力量
        | 把握中心
        | 服务大局。
    `),
  )
})
