import { describe, expect, it } from 'vitest'
import { outlineFromLines } from './outlineFromLines'
import { parseImport } from './parseImport'
import { drawOutline, drawText, parseText, tree } from './testOutline'
import type { ParsedLine, SourceLine } from './types'

const drawLines = (lines: ParsedLine[]) => drawOutline(outlineFromLines(lines))

describe('parseImport: numbering and nesting', () => {
  it('一、 → 1、: two levels', () => {
    const text = [
      '一、凝聚职工力量',
      '1、深化劳动竞赛',
      '2、提升创新能力',
      '二、维护职工权益',
      '1、着力源头参与',
    ].join('\n')
    expect(drawText(text)).toBe(
      tree(`
        - 凝聚职工力量
          - 深化劳动竞赛
          - 提升创新能力
        - 维护职工权益
          - 着力源头参与
      `),
    )
  })

  it('一、 → （一） → 1. → （1） → ①: five levels, and back up', () => {
    const text = [
      '一、总体要求',
      '（一）指导思想',
      '1.坚持党的领导',
      '（1）加强学习',
      '①每月一次',
      '(2)改进作风',
      '2．服务大局',
      '(二)目标任务',
      '二、主要措施',
    ].join('\n')
    expect(drawText(text)).toBe(
      tree(`
        - 总体要求
          - 指导思想
            - 坚持党的领导
              - 加强学习
                - 每月一次
              - 改进作风
            - 服务大局
          - 目标任务
        - 主要措施
      `),
    )
  })

  it('第一部分 → 一、 → 一是 / 一要, and 第一，', () => {
    const text = [
      '第一部分 总体要求',
      '一、指导思想',
      '一是坚持党的领导。要把……',
      '二是服务大局。',
      '第二部分：主要任务',
      '一、加强学习',
      '一要提高认识。',
      '第一，统一思想。',
    ].join('\n')
    expect(drawText(text)).toBe(
      tree(`
        - 总体要求
          - 指导思想
            - 坚持党的领导
              | 要把……
            - 服务大局
        - 主要任务
          - 加强学习
            - 提高认识
              - 统一思想
      `),
    )
  })

  it('labels, styles and levels are on the lines for the preview', () => {
    const [plan] = parseText('一、甲\n（二）乙。乙的内容。').plans
    expect(plan.lines).toEqual([
      {
        sourceIndex: 0,
        role: 'heading',
        text: '一、甲',
        level: 1,
        label: '一、',
        style: '一、',
        title: '甲',
      },
      {
        sourceIndex: 1,
        role: 'heading',
        text: '（二）乙。乙的内容。',
        level: 2,
        label: '（二）',
        style: '（一）',
        title: '乙',
        rest: '乙的内容。',
      },
    ])
  })
})

describe('parseImport: run-in headings and paragraphs', () => {
  it('（一）进一步推进权力清单公开。要在…… → title without number and 。, body the rest', () => {
    expect(drawText('（一）进一步推进权力清单公开。要在全县范围内公开权力清单。')).toBe(
      tree(`
        - 进一步推进权力清单公开
          | 要在全县范围内公开权力清单。
      `),
    )
  })

  it('a short line ending in 。 is a heading alone', () => {
    expect(drawText('一、加强领导。\n要高度重视。')).toBe(
      tree(`
        - 加强领导
          | 要高度重视。
      `),
    )
  })
})

describe('parseImport: false headings', () => {
  it('一是……。二是……。三是……。 inside one paragraph stays body text', () => {
    const text = ['一、加强学习', '一是学理论。二是学业务。三是学法律。', '二、改进作风'].join('\n')
    expect(drawText(text)).toBe(
      tree(`
        - 加强学习
          | 一是学理论。二是学业务。三是学法律。
        - 改进作风
      `),
    )
  })

  it('不是 / 只要 / 总是 / 第一次 never start a heading; 2025年工作计划 is a title, not a date heading', () => {
    const text = [
      '2025年工作计划',
      '一、总体要求',
      '不是所有工作都要立项。',
      '只要坚持，就能成功。',
      '总是把职工放在心上。',
      '第一次召开职代会。',
      '1.5倍于去年。',
    ].join('\n')
    const parse = parseText(text)
    expect(parse.plans[0]).toMatchObject({ title: '2025年工作计划', unit: '', year: 2025 })
    expect(drawText(text)).toBe(
      tree(`
        - 总体要求
          | 不是所有工作都要立项。
          | 只要坚持，就能成功。
          | 总是把职工放在心上。
          | 第一次召开职代会。
          | 1.5倍于去年。
      `),
    )
  })
})

describe('parseImport: document header and noise', () => {
  const issued = [
    '某某镇总工会文件',
    '某工发〔2016〕19号',
    '关于印发《某某镇总工会2016年工作计划》的通知',
    '各村（社区）工会，各基层工会：',
    '现将《某某镇总工会2016年工作计划》印发给你们，请认真贯彻执行。',
    '某某镇总工会',
    '2016年4月2日',
    '（此件公开发布）',
    '某某镇总工会2016年工作计划',
    '　　2016年，镇总工会工作的总体思路是：围绕中心，服务大局。',
    '一、凝聚职工智慧力量',
    '1、深化劳动竞赛活动。广泛开展岗位练兵。',
    '二、加强自身建设',
    '1、加强干部队伍建设。',
  ]

  it('header lines go to title, unit and year, never chapters; the preamble is the text before 一、', () => {
    const parse = parseText(issued.join('\n'))
    const [plan] = parse.plans
    expect(plan).toMatchObject({
      title: '某某镇总工会2016年工作计划',
      unit: '某某镇总工会',
      year: 2016,
    })
    expect(plan.lines.slice(0, 9).map((line) => line.role)).toEqual([
      ...Array(8).fill('header'),
      'title',
    ])
    expect(drawLines(plan.lines)).toBe(
      tree(`
        > 2016年，镇总工会工作的总体思路是：围绕中心，服务大局。
        - 凝聚职工智慧力量
          - 深化劳动竞赛活动
            | 广泛开展岗位练兵。
        - 加强自身建设
          - 加强干部队伍建设
      `),
    )
    expect(parse.notes).toEqual([])
  })

  it('without a title line, the plan named in the notice title is the title', () => {
    const [plan] = parseText(
      issued.filter((line) => line !== '某某镇总工会2016年工作计划').join('\n'),
    ).plans
    expect(plan).toMatchObject({
      title: '某某镇总工会2016年工作计划',
      unit: '某某镇总工会',
      year: 2016,
    })
  })

  it('a note in brackets under the title is header', () => {
    const [plan] = parseText(
      [
        '某某镇总工会2016年工作计划',
        '（2016年3月1日镇总工会委员会议通过）',
        '总体思路。',
        '一、甲',
      ].join('\n'),
    ).plans
    expect(plan.lines.map((line) => line.role)).toEqual(['title', 'header', 'body', 'heading'])
  })

  it('a signature and date after the last item are header', () => {
    const [plan] = parseText(
      [
        '一、加强学习',
        '要学深学透。',
        '',
        '某某县总工会',
        '2016年4月2日',
        '附件：1.任务分解表',
      ].join('\n'),
    ).plans
    expect(plan.lines.map((line) => line.role)).toEqual([
      'heading',
      'body',
      'blank',
      'header',
      'header',
      'header',
    ])
    expect(plan).toMatchObject({ unit: '某某县总工会', year: 2016 })
  })

  it('a page’s list of links after 相关推荐 / 热门标签 is noise to its end, numbered or not', () => {
    const text = [
      '一、加强党建',
      '要抓好党建。',
      '',
      '相关推荐',
      '2017年社区工作计划范文',
      '1、2018年乡镇工会工作计划',
      '乡镇工会工作计划 社区工作计划 工会工作要点',
    ].join('\n')
    const parse = parseText(text)
    expect(parse.plans[0].lines.map((line) => line.role)).toEqual([
      'heading',
      'body',
      'blank',
      'noise',
      'noise',
      'noise',
      'noise',
    ])
    expect(drawLines(parse.plans[0].lines)).toBe(
      tree(`
        - 加强党建
          | 要抓好党建。
      `),
    )
  })

  it('a pasted web page: source, menu, tags, page numbers are dropped and listed', () => {
    const text = [
      '首页 | 工作计划 | 工作总结 | 心得体会',
      '当前位置：首页 > 工作计划',
      '2016年社区工作计划',
      '来源：某某范文网  发布时间：2016-01-02',
      '一、加强党建',
      '— 1 —',
      '要抓好党建。',
      '热门标签',
      '上一篇：2015年社区工作总结',
    ].join('\n')
    const parse = parseText(text)
    expect(parse.plans[0].title).toBe('2016年社区工作计划')
    expect(drawLines(parse.plans[0].lines)).toBe(
      tree(`
        - 加强党建
          | 要抓好党建。
      `),
    )
    expect(parse.notes).toEqual([
      '已去掉第 1 行：首页 | 工作计划 | 工作总结 | 心得体会',
      '已去掉第 2 行：当前位置：首页 > 工作计划',
      '已去掉第 4 行：来源：某某范文网  发布时间：2016-01-02',
      '已去掉第 6 行：— 1 —',
      '已去掉第 8 行：热门标签',
      '已去掉第 9 行：上一篇：2015年社区工作总结',
    ])
  })
})

describe('parseImport: several plans', () => {
  it('【篇一】 / 【篇二】 split plans; before them, the page title is header and its introduction noise', () => {
    const text = [
      '工会工作计划范文',
      '下面是小编整理的工会工作计划范文，欢迎阅读。',
      '【篇一】',
      '某镇总工会2016年工作计划',
      '一、甲',
      '【篇二】',
      '一、乙',
      '1.乙一',
    ].join('\n')
    const parse = parseText(text)
    expect(
      parse.plans.map(({ title, lines }) => [title, lines.map((line) => line.role).join(' ')]),
    ).toEqual([
      ['某镇总工会2016年工作计划', 'header noise header title heading'],
      ['工会工作计划范文（篇二）', 'header heading heading'],
    ])
    expect(parse.notes).toEqual(['已去掉第 2 行：下面是小编整理的工会工作计划范文，欢迎阅读。'])
  })

  it('a plan before the first marker is a plan of its own', () => {
    const parse = parseText(['一、甲', '【篇二】', '一、乙'].join('\n'), { fileName: '范文.txt' })
    expect(parse.plans.map((plan) => plan.title)).toEqual(['范文', '范文（篇二）'])
  })
})

describe('parseImport: cleaning', () => {
  it('leading ASCII and full-width spaces, blank lines and pinyin annotations', () => {
    const text = [
      '  　一、做好工作(zuò)',
      '',
      '\u3000\u3000要做好服务(fú wù)。',
      '   ',
      '  1、甲',
    ].join('\n')
    expect(drawText(text)).toBe(
      tree(`
        - 做好工作
          | 要做好服务。
          - 甲
      `),
    )
  })
})

describe('parseImport: titles', () => {
  it('no title line: the file name', () => {
    expect(
      parseText('一、甲', { fileName: '某某县总工会2017年工作要点.txt' }).plans[0],
    ).toMatchObject({
      title: '某某县总工会2017年工作要点',
      unit: '某某县总工会',
      year: 2017,
    })
  })

  it('no title line and no file name: the plan kind', () => {
    expect(parseText('一、甲').plans[0].title).toBe('工作计划')
    expect(parseText('一、加強學習\n認真貫徹會議精神。').plans[0].title).toBe('工作計劃')
    expect(parseText('按照县工作要点部署。\n一、甲').plans[0].title).toBe('工作要点')
  })

  it('20xx in the title: year null', () => {
    expect(parseText('20xx年镇总工会工作计划\n一、甲').plans[0]).toMatchObject({
      unit: '镇总工会',
      year: null,
    })
  })
})

describe('parseImport: bad input never throws', () => {
  it('empty text: one empty plan', () => {
    const parse = parseImport([])
    expect(parse).toEqual({
      plans: [{ title: '工作计划', unit: '', year: null, lines: [] }],
      notes: [],
    })
    expect(outlineFromLines(parse.plans[0].lines)).toEqual({ preamble: [], items: [] })
    expect(parseText('\n\n  \n').plans).toHaveLength(1)
  })

  it('text with no numbering: one plan, all preamble', () => {
    const parse = parseText('我们要做好工作。\n\n继续努力。')
    expect(parse.plans).toHaveLength(1)
    expect(drawLines(parse.plans[0].lines)).toBe(
      tree(`
        > 我们要做好工作。
        > 继续努力。
      `),
    )
  })

  it('binary-looking junk: still a plan', () => {
    const junk = Array.from({ length: 200 }, (_, index) =>
      String.fromCharCode((index * 37) % 0xffff),
    ).join('')
    expect(() => outlineFromLines(parseText(junk).plans[0].lines)).not.toThrow()
  })
})

describe('parseImport: Word lines (heading styles, automatic numbering, formatting)', () => {
  it('a list label is the number of a heading whose text has none', () => {
    const lines: SourceLine[] = [
      { index: 0, text: '凝聚职工力量', list: { numId: '1', level: 0, label: '一、' } },
      {
        index: 1,
        text: '深化劳动竞赛。广泛开展岗位练兵。',
        list: { numId: '1', level: 1, label: '（一）' },
      },
      { index: 2, text: '提升创新能力', list: { numId: '1', level: 1, label: '（二）' } },
      { index: 3, text: '维护职工权益', list: { numId: '1', level: 0, label: '二、' } },
    ]
    const [plan] = parseImport(lines).plans
    expect(
      plan.lines.map(({ level, label, style, title }) => ({ level, label, style, title })),
    ).toEqual([
      { level: 1, label: '一、', style: '一、', title: '凝聚职工力量' },
      { level: 2, label: '（一）', style: '（一）', title: '深化劳动竞赛' },
      { level: 2, label: '（二）', style: '（一）', title: '提升创新能力' },
      { level: 1, label: '二、', style: '一、', title: '维护职工权益' },
    ])
    expect(drawLines(plan.lines)).toBe(
      tree(`
        - 凝聚职工力量
          - 深化劳动竞赛
            | 广泛开展岗位练兵。
          - 提升创新能力
        - 维护职工权益
      `),
    )
  })

  it('a bullet is no number: a bulleted line is body; other numbered labels are headings', () => {
    const lines: SourceLine[] = [
      { index: 0, text: '加强学习', list: { numId: '2', level: 0, label: '第1条' } },
      { index: 1, text: '每月一次。', list: { numId: '3', level: 0, label: '●' } },
      { index: 2, text: '改进作风', list: { numId: '2', level: 0, label: '第2条' } },
    ]
    const [plan] = parseImport(lines).plans
    expect(plan.lines.map(({ role, style }) => [role, style])).toEqual([
      ['heading', '第1条'],
      ['body', undefined],
      ['heading', '第1条'],
    ])
    expect(drawLines(plan.lines)).toBe(
      tree(`
        - 加强学习
          | 每月一次。
        - 改进作风
      `),
    )
  })

  it('outline levels from heading styles take precedence; an inferred level follows the parent', () => {
    const lines: SourceLine[] = [
      { index: 0, text: '某某县总工会2016年工作计划', outlineLevel: 1 },
      { index: 1, text: '总体要求', outlineLevel: 1 },
      { index: 2, text: '（一）指导思想' },
      { index: 3, text: '主要任务', outlineLevel: 1 },
      { index: 4, text: '1.加强学习', outlineLevel: 2 },
      { index: 5, text: '（一）学理论' },
    ]
    const [plan] = parseImport(lines).plans
    expect(plan.title).toBe('某某县总工会2016年工作计划')
    expect(drawLines(plan.lines)).toBe(
      tree(`
        - 总体要求
          - 指导思想
        - 主要任务
          - 加强学习
            - 学理论
      `),
    )
  })

  it('bold / italic / underline runs are kept in bodies and run-in rests', () => {
    const lines: SourceLine[] = [
      {
        index: 0,
        text: '  一、加强学习。要学深学透。',
        runs: [
          { text: '  一、加强学习。' },
          { text: '要学深', marks: ['bold'] },
          { text: '学透。' },
        ],
      },
      {
        index: 1,
        text: '重点是理论。',
        runs: [
          { text: '重点是' },
          { text: '理论', marks: ['italic', 'underline'] },
          { text: '。' },
        ],
      },
    ]
    const outline = outlineFromLines(parseImport(lines).plans[0].lines)
    expect(outline.items[0]).toEqual({
      title: '加强学习',
      body: [
        [{ text: '要学深', marks: ['bold'] }, { text: '学透。' }],
        [{ text: '重点是' }, { text: '理论', marks: ['italic', 'underline'] }, { text: '。' }],
      ],
      children: [],
    })
  })
})
