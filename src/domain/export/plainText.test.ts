import { describe, expect, it } from 'vitest'
import { buildExportBlocks } from './exportModel'
import { DEFAULT_EXPORT_OPTIONS } from './exportOptions'
import { buildPlan } from './fixtures/planBuilder'
import { seedPlanOne } from './fixtures/seedPlanOne'
import { toPlainText } from './plainText'

describe('toPlainText', () => {
  it('writes one numbered paragraph per line, a blank line after the title', () => {
    const { plan, nodes } = buildPlan({
      preamble: '总体思路。',
      outline: [
        {
          title: '强化引领',
          children: [
            { title: '加强学习', children: [{ title: '读书', body: '每月一次。\n年底总结。' }] },
          ],
        },
      ],
    })
    const text = toPlainText(
      buildExportBlocks(plan, nodes, {
        ...DEFAULT_EXPORT_OPTIONS,
        header: { subtitle: '', unit: true, date: '' },
      }),
    )
    expect(text).toBe(
      [
        '某某镇总工会2026年工作计划',
        '某某镇总工会',
        '',
        '总体思路。',
        '一、强化引领',
        '（一）加强学习',
        '1.读书。每月一次。',
        '年底总结。',
        '',
      ].join('\n'),
    )
  })

  it('numbers the whole seed plan in order', () => {
    const { plan, nodes } = seedPlanOne()
    const lines = toPlainText(buildExportBlocks(plan, nodes, DEFAULT_EXPORT_OPTIONS)).split('\n')
    const chapters = lines.filter((line) => /^[一二三四五六七八九十]+、/.test(line))
    expect(chapters).toEqual([
      '一、凝聚职工智慧力量，进一步推动科学发展',
      '二、围绕创建和谐劳动关系，进一步维护职工合法权益',
      '三、提升帮扶工作实效，进一步推进民生改善',
      '四、促进职工全面发展，进一步提升职工素质',
      '五、树立工会良好形象，进一步加强自身建设',
    ])
    expect(lines).toContain('（三）弘扬伟大劳模精神')
  })
})
