import { describe, expect, it } from 'vitest'
import { buildExportBlocks } from './exportModel'
import { DEFAULT_EXPORT_OPTIONS } from './exportOptions'
import { buildPlan } from './fixtures/planBuilder'
import { escapeMarkdown, toMarkdown } from './markdown'

describe('toMarkdown', () => {
  it('writes numbered headings, run-in headings in bold, bodies as paragraphs', () => {
    const { plan, nodes } = buildPlan({
      preamble: '总体思路。',
      outline: [
        {
          title: '强化引领',
          children: [
            {
              title: '加强学习',
              body: '正文。',
              children: [{ title: '读书', body: '每月一次。' }],
            },
          ],
        },
      ],
    })
    expect(toMarkdown(buildExportBlocks(plan, nodes, DEFAULT_EXPORT_OPTIONS))).toBe(
      [
        '# 某某镇总工会2026年工作计划',
        '总体思路。',
        '## 一、强化引领',
        '### （一）加强学习',
        '正文。',
        '**1.读书。**每月一次。',
        '',
      ]
        .join('\n\n')
        .replace(/\n\n$/, '\n'),
    )
  })

  it('keeps bold from the body and escapes Markdown syntax', () => {
    const { plan, nodes } = buildPlan({ outline: [{ title: '标题*一*' }] })
    nodes[0].body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '重点：' },
            { type: 'text', text: '安全生产', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    }
    const markdown = toMarkdown(buildExportBlocks(plan, nodes, DEFAULT_EXPORT_OPTIONS))
    expect(markdown).toContain('## 一、标题\\*一\\*')
    expect(markdown).toContain('重点：**安全生产**')
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题')
  })
})
