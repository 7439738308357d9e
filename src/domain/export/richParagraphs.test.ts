import { describe, expect, it } from 'vitest'
import type { RichDoc } from '../outline/types'
import { richParagraphs, runsText } from './richParagraphs'

describe('richParagraphs', () => {
  it('keeps bold, italic and underline runs and merges neighbours with the same marks', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '重点' },
            { type: 'text', text: '抓好', marks: [{ type: 'bold' }] },
            { type: 'text', text: '安全', marks: [{ type: 'bold' }] },
            { type: 'text', text: '生产', marks: [{ type: 'underline' }, { type: 'italic' }] },
          ],
        },
      ],
    }
    expect(richParagraphs(doc)).toEqual([
      [
        { text: '重点' },
        { text: '抓好安全', bold: true },
        { text: '生产', italic: true, underline: true },
      ],
    ])
  })

  it('drops empty paragraphs and hand-typed indents; a hard break starts a new paragraph', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '\u3000\u3000第一段。  ' }] },
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '第二段。' },
            { type: 'hardBreak' },
            { type: 'text', text: '第三段。' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '条目' }] }],
            },
          ],
        },
      ],
    }
    expect(richParagraphs(doc).map(runsText)).toEqual(['第一段。', '第二段。', '第三段。', '条目'])
  })

  it('has nothing for an empty or missing body', () => {
    expect(richParagraphs(null)).toEqual([])
    expect(richParagraphs({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([])
  })
})
