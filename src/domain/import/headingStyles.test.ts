import { describe, expect, it } from 'vitest'
import { chineseNumberValue, matchHeading } from './headingStyles'

describe('matchHeading: every numbering style', () => {
  it.each([
    ['一、总体要求', '一、', '一、', 1, '总体要求'],
    ['二十一、其他工作', '一、', '二十一、', 21, '其他工作'],
    ['三．加强领导', '一、', '三．', 3, '加强领导'],
    ['（一）进一步推进权力清单公开', '（一）', '（一）', 1, '进一步推进权力清单公开'],
    ['(二)加强监督', '（一）', '(二)', 2, '加强监督'],
    ['1.深化劳动竞赛', '1.', '1.', 1, '深化劳动竞赛'],
    ['2．提升能力', '1.', '2．', 2, '提升能力'],
    ['3、弘扬劳模精神', '1.', '3、', 3, '弘扬劳模精神'],
    ['12. 第十二项', '1.', '12.', 12, '第十二项'],
    ['（1）按时报送', '（1）', '（1）', 1, '按时报送'],
    ['(2)按时报送', '（1）', '(2)', 2, '按时报送'],
    ['3)按时报送', '1)', '3)', 3, '按时报送'],
    ['①建立台账', '①', '①', 1, '建立台账'],
    ['⑫第十二', '①', '⑫', 12, '第十二'],
    ['㉑第二十一', '①', '㉑', 21, '第二十一'],
    ['一是广泛开展建功立业活动', '一是', '一是', 1, '广泛开展建功立业活动'],
    ['十二是其他', '一是', '十二是', 12, '其他'],
    ['二要加强学习', '一要', '二要', 2, '加强学习'],
    ['第一，提高认识', '第一，', '第一，', 1, '提高认识'],
    ['第三部分 保障措施', '第一部分', '第三部分', 3, '保障措施'],
    ['第二章：主要任务', '第一章', '第二章', 2, '主要任务'],
  ])('%s → style %s', (text, style, label, number, rest) => {
    expect(matchHeading(text)).toEqual({ style, label, number, rest })
  })

  it.each([
    ['不是所有工作都要立项', '不是'],
    ['只要坚持下去', '只要'],
    ['总是把职工放在心上', '总是'],
    ['第一次召开职代会', '第一次'],
    ['2025年工作计划', 'a year'],
    ['2016.4.2召开会议', 'a date'],
    ['1.5倍于去年', 'a decimal'],
    ['十分重要的工作', '十分'],
    ['一、', 'a number alone'],
    ['全年完成一是目标', 'a number not at the start'],
  ])('%s is not a heading (%s)', (text) => {
    expect(matchHeading(text)).toBeNull()
  })
})

describe('chineseNumberValue', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十一', 21],
    ['一百零一', 101],
    ['两', 2],
  ])('%s = %i', (text, value) => expect(chineseNumberValue(text)).toBe(value))

  it('is NaN for what is not a number', () => {
    expect(chineseNumberValue('一一')).toBeNaN()
    expect(chineseNumberValue('分')).toBeNaN()
  })
})
