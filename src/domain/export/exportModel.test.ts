import { describe, expect, it } from 'vitest'
import type { NumberingScheme } from '../outline/types'
import { blockText, buildExportBlocks, runInTitle, standaloneTitle } from './exportModel'
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './exportOptions'
import { buildPlan } from './fixtures/planBuilder'

/*
 * 某某镇总工会2026年工作计划
 *   指导思想 (preamble)
 *   ├─ 围绕中心，建功立业。          (level 1, title ends with 。)
 *   │   ├─ 深化劳动竞赛               (level 2, body 2 paragraphs)
 *   │   │   ├─ 开展岗位练兵            (level 3, body)
 *   │   │   │   └─ 技能比武             (level 4, body)
 *   │   │   └─ 推进技术创新！          (level 3, ends with ！, no body)
 *   │   └─ 弘扬劳模精神；             (level 2, ends with ；)
 *   └─ 维护权益                       (level 1)
 *       └─ 推进集体协商               (level 2)
 *           └─ 扩大覆盖面              (level 3, body)
 */
const sample = (scheme: NumberingScheme = 'standard', continuousLevel2 = false) =>
  buildPlan({
    numbering: { scheme, continuousLevel2 },
    preamble: '以习近平新时代中国特色社会主义思想为指导。\n坚持稳中求进。',
    outline: [
      {
        title: '围绕中心，建功立业。',
        children: [
          {
            title: '深化劳动竞赛',
            body: '第一段正文。\n第二段正文。',
            children: [
              {
                title: '开展岗位练兵',
                body: '广泛开展岗位练兵。',
                children: [{ title: '技能比武', body: '组织技能比武。' }],
              },
              { title: '推进技术创新！' },
            ],
          },
          { title: '弘扬劳模精神；' },
        ],
      },
      {
        title: '维护权益',
        children: [
          {
            title: '推进集体协商',
            children: [{ title: '扩大覆盖面', body: '建制率稳定在95%以上。' }],
          },
        ],
      },
    ],
  })

const options = (patch: Partial<ExportOptions> = {}): ExportOptions => ({
  ...DEFAULT_EXPORT_OPTIONS,
  ...patch,
})

const lines = (scheme: NumberingScheme, patch: Partial<ExportOptions> = {}, continuous = false) => {
  const { plan, nodes } = sample(scheme, continuous)
  return buildExportBlocks(plan, nodes, options(patch)).map(blockText)
}

describe('buildExportBlocks, full text, default run-in (level 3 and deeper)', () => {
  it('standard scheme: 一、（一）1.（1）, levels 1–2 stand alone, 3–4 run in', () => {
    expect(lines('standard')).toEqual([
      '某某镇总工会2026年工作计划',
      '以习近平新时代中国特色社会主义思想为指导。',
      '坚持稳中求进。',
      '一、围绕中心，建功立业',
      '（一）深化劳动竞赛',
      '第一段正文。',
      '第二段正文。',
      '1.开展岗位练兵。广泛开展岗位练兵。',
      '（1）技能比武。组织技能比武。',
      '2.推进技术创新！',
      '（二）弘扬劳模精神',
      '二、维护权益',
      '（一）推进集体协商',
      '1.扩大覆盖面。建制率稳定在95%以上。',
    ])
  })

  it('twoLevel scheme: 一、1、（1）①', () => {
    expect(lines('twoLevel')).toEqual([
      '某某镇总工会2026年工作计划',
      '以习近平新时代中国特色社会主义思想为指导。',
      '坚持稳中求进。',
      '一、围绕中心，建功立业',
      '1、深化劳动竞赛',
      '第一段正文。',
      '第二段正文。',
      '（1）开展岗位练兵。广泛开展岗位练兵。',
      '①技能比武。组织技能比武。',
      '（2）推进技术创新！',
      '2、弘扬劳模精神',
      '二、维护权益',
      '1、推进集体协商',
      '（1）扩大覆盖面。建制率稳定在95%以上。',
    ])
  })

  it('yishi scheme: 一、一是 1.（1）', () => {
    expect(lines('yishi')).toEqual([
      '某某镇总工会2026年工作计划',
      '以习近平新时代中国特色社会主义思想为指导。',
      '坚持稳中求进。',
      '一、围绕中心，建功立业',
      '一是深化劳动竞赛',
      '第一段正文。',
      '第二段正文。',
      '1.开展岗位练兵。广泛开展岗位练兵。',
      '（1）技能比武。组织技能比武。',
      '2.推进技术创新！',
      '二是弘扬劳模精神',
      '二、维护权益',
      '一是推进集体协商',
      '1.扩大覆盖面。建制率稳定在95%以上。',
    ])
  })

  it('continuous level 2 numbers run on across chapters', () => {
    const result = lines('standard', {}, true)
    expect(result).toContain('（三）推进集体协商')
  })

  it('yishi restarts 一是 per chapter even when the plan asks for continuous level 2', () => {
    expect(lines('yishi', {}, true)).toEqual(lines('yishi'))
    // Exported as 一是式 from a standard, continuous plan: the override restarts too.
    const { plan, nodes } = sample('standard', true)
    const result = buildExportBlocks(plan, nodes, options({ scheme: 'yishi' })).map(blockText)
    expect(result).toContain('一是推进集体协商')
    expect(result).not.toContain('三是推进集体协商')
  })
})

describe('run-in levels', () => {
  it('runs level 2 in as well when asked, with the first body paragraph on the same line', () => {
    const result = lines('standard', { runInLevels: [false, true, true, true] })
    expect(result.slice(4, 9)).toEqual([
      '（一）深化劳动竞赛。第一段正文。',
      '第二段正文。',
      '1.开展岗位练兵。广泛开展岗位练兵。',
      '（1）技能比武。组织技能比武。',
      '2.推进技术创新！',
    ])
    // A title already ending with ； keeps it instead of getting 。
    expect(result).toContain('（二）弘扬劳模精神；')
  })

  it('puts every heading on its own line when no level runs in', () => {
    const result = lines('standard', { runInLevels: [false] })
    expect(result).toContain('1.开展岗位练兵')
    expect(result).toContain('广泛开展岗位练兵。')
    expect(result).toContain('（1）技能比武')
  })

  it('marks the kinds: heading on its own line vs run-in', () => {
    const { plan, nodes } = sample()
    const blocks = buildExportBlocks(plan, nodes, options())
    const kinds = blocks.map((block) => block.kind)
    expect(kinds).toEqual([
      'title',
      'preamble',
      'preamble',
      'heading',
      'heading',
      'body',
      'body',
      'runIn',
      'runIn',
      'runIn',
      'heading',
      'heading',
      'heading',
      'runIn',
    ])
    const levels = blocks.flatMap((block) =>
      block.kind === 'heading' || block.kind === 'runIn' ? [block.level] : [],
    )
    expect(levels).toEqual([1, 2, 3, 4, 3, 2, 1, 2, 3])
  })
})

describe('outline only (提纲)', () => {
  it.each<[NumberingScheme, string[]]>([
    ['standard', ['一、', '（一）', '1.', '（1）', '2.', '（二）', '二、', '（一）', '1.']],
    ['twoLevel', ['一、', '1、', '（1）', '①', '（2）', '2、', '二、', '1、', '（1）']],
    ['yishi', ['一、', '一是', '1.', '（1）', '2.', '二是', '二、', '一是', '1.']],
  ])(
    '%s: headings only, numbered, no end punctuation, no bodies or preamble',
    (scheme, numbers) => {
      const result = lines(scheme, { content: 'outline' })
      const titles = [
        '围绕中心，建功立业',
        '深化劳动竞赛',
        '开展岗位练兵',
        '技能比武',
        '推进技术创新！',
        '弘扬劳模精神',
        '维护权益',
        '推进集体协商',
        '扩大覆盖面',
      ]
      expect(result).toEqual([
        '某某镇总工会2026年工作计划',
        ...titles.map((title, index) => numbers[index] + title),
      ])
    },
  )
})

describe('options', () => {
  it('numbering scheme override replaces the plan scheme', () => {
    const { plan, nodes } = sample('standard')
    const result = buildExportBlocks(plan, nodes, options({ scheme: 'twoLevel' })).map(blockText)
    expect(result).toContain('1、深化劳动竞赛')
    expect(plan.numbering.scheme).toBe('standard')
  })

  it('a subtree keeps the numbers of the whole plan and drops the preamble', () => {
    const { plan, nodes } = sample()
    const root = nodes.find((node) => node.title === '推进集体协商')!
    const result = buildExportBlocks(
      plan,
      nodes,
      options({ scope: 'subtree', subtreeId: root.id }),
    ).map(blockText)
    expect(result).toEqual([
      '某某镇总工会2026年工作计划',
      '（一）推进集体协商',
      '1.扩大覆盖面。建制率稳定在95%以上。',
    ])
  })

  it('adds the subtitle, unit and date lines under the title', () => {
    const { plan, nodes } = sample()
    const blocks = buildExportBlocks(
      plan,
      nodes,
      options({ header: { subtitle: '（2026年1月8日通过）', unit: true, date: '2026年1月8日' } }),
    )
    expect(blocks.slice(0, 4)).toEqual([
      { kind: 'title', text: '某某镇总工会2026年工作计划' },
      { kind: 'subtitle', text: '（2026年1月8日通过）' },
      { kind: 'unit', text: '某某镇总工会' },
      { kind: 'date', text: '2026年1月8日' },
    ])
  })

  it('never changes the plan or its nodes', () => {
    const { plan, nodes } = sample()
    const before = JSON.stringify({ plan, nodes })
    buildExportBlocks(plan, nodes, options({ scheme: 'yishi', runInLevels: [true] }))
    expect(JSON.stringify({ plan, nodes })).toBe(before)
  })
})

describe('heading punctuation', () => {
  it('adds 。 to a run-in title only when it does not already end with punctuation', () => {
    expect(runInTitle('深化劳动竞赛')).toBe('深化劳动竞赛。')
    expect(runInTitle('深化劳动竞赛。')).toBe('深化劳动竞赛。')
    expect(runInTitle('深化劳动竞赛？')).toBe('深化劳动竞赛？')
    expect(runInTitle('深化劳动竞赛：')).toBe('深化劳动竞赛：')
  })

  it('strips 。；， from a heading on its own line', () => {
    expect(standaloneTitle('维护权益。')).toBe('维护权益')
    expect(standaloneTitle('维护权益；')).toBe('维护权益')
    expect(standaloneTitle('维护权益，')).toBe('维护权益')
    expect(standaloneTitle('维护权益！')).toBe('维护权益！')
  })
})
