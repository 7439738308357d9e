import { describe, expect, it } from 'vitest'
import { fiveYearPeriod, periodName, rollYears, writeYearLike } from './rollYears'

const roll = (text: string, fromYear = 2025, toYear = 2026) => rollYears(text, { fromYear, toYear })

/**
 * The text drawn with what the roll-over did: `[2025→2026]` replaced, `{2024 lastYear→2025}`
 * left with an offer, `{2016 history}` left with none.
 */
function draw(text: string, fromYear = 2025, toYear = 2026): string {
  const result = roll(text, fromYear, toYear)
  const all = [...result.replaced, ...result.left].sort((a, b) => a.start - b.start)
  let drawn = ''
  let at = 0
  for (const occurrence of all) {
    drawn += text.slice(at, occurrence.start)
    const offer = occurrence.replacement ? `→${occurrence.replacement}` : ''
    drawn += occurrence.replaced
      ? `[${occurrence.original}→${occurrence.replacement}]`
      : `{${occurrence.original} ${occurrence.kind}${offer}}`
    at = occurrence.end
  }
  return drawn + text.slice(at)
}

describe('rollYears: the plan year moves on', () => {
  it('titles and bodies: 2025年, 2025年底, 2025年度, dates; lengths never change', () => {
    // before: 某某镇总工会2025年工作计划 / 到2025年底 / 2025年度 / 2025年12月
    // after:  某某镇总工会2026年工作计划 / 到2026年底 / 2026年度 / 2026年12月
    expect(draw('某某镇总工会2025年工作计划')).toBe('某某镇总工会[2025→2026]年工作计划')
    expect(draw('到2025年底，基层工会组建率达到95%以上')).toBe(
      '到[2025→2026]年底，基层工会组建率达到95%以上',
    )
    expect(draw('评选2025年度先进集体；2025年12月底前完成')).toBe(
      '评选[2025→2026]年度先进集体；[2025→2026]年12月底前完成',
    )
    const text = '2025年，镇总工会将……到2025年底完成。'
    const result = roll(text)
    expect(result.text).toBe('2026年，镇总工会将……到2026年底完成。')
    expect(result.text.length).toBe(text.length)
    expect(result.replaced.map((entry) => [entry.start, entry.before, entry.after])).toEqual([
      [0, '', '年，镇总工会将……到2025'],
      [14, '2025年，镇总工会将……到', '年底完成。'],
    ])
  })

  it('full-width digits and Chinese numerals are written back as they were', () => {
    expect(roll('２０２５年工作要点').text).toBe('２０２６年工作要点')
    expect(roll('二〇二五年一月').text).toBe('二〇二六年一月')
    expect(roll('二零二五年一月').text).toBe('二零二六年一月')
    expect(roll('二〇一九年', 2019, 2020).text).toBe('二〇二〇年')
    expect(writeYearLike(2030, '二零二五')).toBe('二零三零')
  })

  it('20xx becomes the new year, except inside a document’s name or a range', () => {
    expect(draw('20xx年,镇总工会工作的总体思路是')).toBe('[20xx→2026]年,镇总工会工作的总体思路是')
    expect(draw('20XX年工作计划；20××年')).toBe('[20XX→2026]年工作计划；[20××→2026]年')
    expect(draw('《关于落实〈全国职工素质建设工程五年规划(20xx—20xx年)〉的实施意见》')).toBe(
      '《关于落实〈全国职工素质建设工程五年规划({20xx—20xx range}年)〉的实施意见》',
    )
    expect(draw('按照《20xx年县总工会工作要点》')).toBe(
      '按照《{20xx document→2026}年县总工会工作要点》',
    )
  })
})

describe('rollYears: ranges are listed, not moved', () => {
  it('a range from the plan year is offered shifted as a whole; other ranges are not', () => {
    // before: 实施2025—2027年职工素质提升三年行动
    // after:  unchanged, listed: 2025—2027 (offered 2026—2028)
    expect(draw('实施2025—2027年职工素质提升三年行动')).toBe(
      '实施{2025—2027 range→2026—2028}年职工素质提升三年行动',
    )
    expect(draw('2025年至2027年')).toBe('{2025年至2027 range→2026年至2028}年')
    expect(draw('“十四五”规划（2021—2025年）')).toBe(
      '“{十四五 period→十五五}”规划（{2021—2025 range}年）',
    )
    expect(draw('2016-2020年')).toBe('{2016-2020 history}年')
    expect(draw('2030～2035年')).toBe('{2030～2035 laterYear}年')
    expect(roll('实施2025—2027年行动').text).toBe('实施2025—2027年行动')
  })
})

describe('rollYears: history is left alone and listed', () => {
  it('版, 修正, 以来, 《…》 and years before last year', () => {
    // before & after alike: 《中华人民共和国工会法（2018年修正）》 / 2016年版 / 自2018年以来
    expect(draw('学习《中华人民共和国工会法（2018年修正）》')).toBe(
      '学习《中华人民共和国工会法（{2018 history}年修正）》',
    )
    expect(draw('《工会法》（2021年修正）')).toBe('《工会法》（{2021 history}年修正）')
    expect(draw('执行《职业技能标准（2016年版）》')).toBe(
      '执行《职业技能标准（{2016 history}年版）》',
    )
    expect(draw('自2018年以来，累计建会')).toBe('自{2018 history}年以来，累计建会')
    expect(draw('成立于1998年')).toBe('成立于{1998 history}年')
    expect(draw('2019年，全镇')).toBe('{2019 history}年，全镇')
  })

  it('last year’s results and comparisons are listed with the next year offered', () => {
    // 2024年以来 / 比2024年增长: the figures beside them are last year's; the user decides.
    expect(draw('2024年以来，新建会员1200人，比2024年增长12%')).toBe(
      '{2024 lastYear→2025}年以来，新建会员1200人，比{2024 lastYear→2025}年增长12%',
    )
    expect(draw('在2024年工作的基础上')).toBe('在{2024 lastYear→2025}年工作的基础上')
    expect(draw('执行2024年版标准')).toBe('执行{2024 history}年版标准')
    expect(roll('2024年以来').left[0].reason).toMatch(/^上一年度（“以来”）/)
  })

  it('the plan year written as history or in a document’s name is listed, offered the new year', () => {
    expect(draw('2025年版操作手册')).toBe('{2025 history→2026}年版操作手册')
    expect(draw('按照《县总工会2025年工作要点》')).toBe(
      '按照《县总工会{2025 document→2026}年工作要点》',
    )
  })
})

describe('rollYears: what is not a year', () => {
  it('counts, standards and other numbers are not touched or listed', () => {
    expect(draw('培训职工2025人次，慰问2025元')).toBe('培训职工2025人次，慰问2025元')
    expect(draw('按GB/T 9704-2012排版，编号12025')).toBe('按GB/T 9704-2012排版，编号12025')
    expect(draw('今年、明年、去年、年内、年底')).toBe('今年、明年、去年、年内、年底')
  })

  it('the plan year without 年 is listed, not guessed', () => {
    expect(draw('2025工作计划')).toBe('{2025 bareNumber→2026}工作计划')
  })

  it('later years: targets stay, the next year is offered moved on', () => {
    expect(draw('到2035年基本实现，为2026年打下基础')).toBe(
      '到{2035 laterYear}年基本实现，为{2026 laterYear→2027}年打下基础',
    )
  })
})

describe('five-year periods', () => {
  it('十四五 is listed when the new year is in 十五五, not within one period', () => {
    expect(fiveYearPeriod(2025)).toBe(14)
    expect(fiveYearPeriod(2026)).toBe(15)
    expect(periodName(15)).toBe('十五五')
    expect(draw('全面完成“十四五”规划目标')).toBe('全面完成“{十四五 period→十五五}”规划目标')
    // “十五五”收官之年 would be false (that is 2030): listed, nothing offered.
    expect(draw('“十四五”收官之年')).toBe('“{十四五 period}”收官之年')
    expect(draw('“十四五”规划', 2023, 2024)).toBe('“十四五”规划')
    expect(draw('十四五', 2025, 2027)).toBe('{十四五 period→十五五}')
  })
})

describe('sentences that say what their year is (开局之年, 收官之年, 第一年, 周年)', () => {
  // The year is never moved by itself: `2027年是“十五五”规划的开局之年` would be false.
  const reasonOf = (text: string, fromYear: number, toYear: number, original: string) =>
    roll(text, fromYear, toYear).left.find((entry) => entry.original === original)?.reason

  it('the plan year in a sentence naming the period’s first year: listed, nothing offered', () => {
    const text = '2026年是“十五五”规划的开局之年。比2025年提高5%。'
    // before: 2026年是“十五五”规划的开局之年。比2025年提高5%。   (a 2026 plan)
    // after:  2026年是“十五五”规划的开局之年。比2025年提高5%。   (the 2027 copy: both listed)
    expect(draw(text, 2026, 2027)).toBe(
      '{2026 milestone}年是“十五五”规划的开局之年。比{2025 lastYear→2026}年提高5%。',
    )
    expect(roll(text, 2026, 2027).replaced).toEqual([])
    expect(reasonOf(text, 2026, 2027, '2026')).toBe(
      '“十五五”的开局之年是2026年，此句改为2027年就不成立了：可保留为历史年份，或改写此句',
    )
    expect(roll(text, 2026, 2027).left[0].years).toEqual([2026])
  })

  it('收官之年 of the period before: the year and the period’s name are listed, none offered', () => {
    expect(draw('2025年是“十四五”规划的收官之年，也是谋划“十五五”的关键一年。')).toBe(
      '{2025 milestone}年是“{十四五 period}”规划的收官之年，也是谋划“十五五”的关键一年。',
    )
    expect(reasonOf('“十四五”收官之年', 2025, 2026, '十四五')).toContain(
      '此句说的是“十四五”的收官之年（2025年）',
    )
  })

  it('a phrase the period does not pin down: the new year offered, to be checked', () => {
    expect(draw('2026年是工会成立70周年', 2026, 2027)).toBe(
      '{2026 milestone→2027}年是工会成立70周年',
    )
    expect(draw('2026年是全面深化改革的攻坚之年', 2026, 2027)).toBe(
      '{2026 milestone→2027}年是全面深化改革的攻坚之年',
    )
    expect(draw('20xx年是实施规划的第一年')).toBe('{20xx milestone→2026}年是实施规划的第一年')
    expect(reasonOf('2026年是工会成立70周年', 2026, 2027, '2026')).toBe(
      '“周年”只对某一年成立，改为2027年前请核实此句',
    )
  })

  it('last year said to be a first or last year is not a base of comparison: nothing offered', () => {
    expect(draw('2024年是“十四五”规划的第四年，2025年是收官之年')).toBe(
      '{2024 milestone}年是“{十四五 period}”规划的第四年，{2025 milestone}年是收官之年',
    )
    expect(draw('比2024年增长12%，为开局之年打下基础', 2025, 2026)).toBe(
      '比{2024 milestone}年增长12%，为开局之年打下基础',
    )
  })

  it('no year written, but 今年 or the period named: the phrase is listed', () => {
    expect(draw('今年是开局之年，全力推动“十五五”开局起步。', 2026, 2027)).toBe(
      '今年是{开局 milestone}之年，全力推动“十五五”开局起步。',
    )
    expect(draw('今年是建会70周年。', 2026, 2027)).toBe('今年是建会70{周年 milestone}。')
    // Far from either year, or naming no year at all: nothing to list.
    expect(draw('为“十五五”收官打下基础。', 2026, 2027)).toBe('为“十五五”收官打下基础。')
    expect(draw('开展劳动竞赛，实现良好开局。', 2026, 2027)).toBe('开展劳动竞赛，实现良好开局。')
  })

  it('other sentences of the same text still move on; 开局 in another sentence does not stop them', () => {
    const text = '2026年工作要点。2026年是“十五五”开局之年。到2026年底完成。'
    expect(draw(text, 2026, 2027)).toBe(
      '[2026→2027]年工作要点。{2026 milestone}年是“十五五”开局之年。到[2026→2027]年底完成。',
    )
  })
})

describe('a year skipped', () => {
  it('2025 → 2027: the plan year goes to 2027, last year offered two on', () => {
    expect(draw('2025年，比2024年', 2025, 2027)).toBe('[2025→2027]年，比{2024 lastYear→2026}年')
  })
})
