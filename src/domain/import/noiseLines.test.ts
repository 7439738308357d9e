import { describe, expect, it } from 'vitest'
import { isNoiseLine } from './noiseLines'

describe('isNoiseLine', () => {
  it.each([
    '来源：某某范文网',
    '來源:瑞文範文網 1.48W',
    '作者：佚名  发布时间：2016-04-02',
    '发布时间：2016-04-02 浏览次数：1234',
    '热门标签',
    '熱門標籤',
    '相关推荐',
    '上一篇：2015年工作总结',
    '当前位置：首页 > 工作计划 > 工会工作计划',
    '首页 | 工作计划 | 工作总结 | 心得体会',
    '首页 工作计划 工作总结 心得体会 范文大全',
    '版权所有 © 2016 某某网',
    '— 1 —',
    '- 12 -',
    '3',
    '第 2 页 共 5 页',
    '第2頁',
    '2/5',
    'Page 3 of 7',
  ])('%s is noise', (text) => expect(isNoiseLine(text)).toBe(true))

  it.each([
    '一、总体要求',
    '20xx年，镇总工会工作的总体思路是：深入学习贯彻',
    '鄉鎮工會工作計劃參考',
    '2 0 1 6 年 工 作 计 划',
    '某某镇总工会 某某镇人民政府',
    '2025年工作计划',
    '（此件公开发布）',
  ])('%s is not noise', (text) => expect(isNoiseLine(text)).toBe(false))
})
