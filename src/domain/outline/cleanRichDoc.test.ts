import { describe, expect, it } from 'vitest'
import { docFromText } from './richText'
import { cleanRichDoc } from './cleanRichDoc'
import type { RichNode } from './types'

describe('cleanRichDoc', () => {
  it('gives a body the editor wrote back equal', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '围绕', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: '××', marks: [{ type: 'slot' }, { type: 'underline' }] },
            { type: 'hardBreak' },
            { type: 'text', text: '工作' },
          ],
        },
      ],
    }
    expect(cleanRichDoc(doc)).toEqual(doc)
    expect(cleanRichDoc(docFromText('一\n\n二'))).toEqual(docFromText('一\n\n二'))
    expect(cleanRichDoc({ type: 'doc' })).toEqual({ type: 'doc' })
  })

  it('turns lists and other blocks into paragraphs of their text', () => {
    const list = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '甲' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '乙' }] }],
            },
          ],
        },
        { type: 'text', text: '散' },
        { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
      ],
    }
    expect(cleanRichDoc(list)).toEqual(docFromText('甲\n乙\n散'))
  })

  it('takes a hostile plan file body apart: no link, frame, image or attribute comes in', () => {
    const hostile = {
      type: 'doc',
      content: [
        { type: 'iframe', attrs: { srcdoc: '<script>parent.x=1</script>' } },
        {
          type: 'paragraph',
          attrs: { onclick: 'x()' },
          content: [
            {
              type: 'text',
              text: '点我',
              marks: [
                { type: 'link', attrs: { href: 'javascript:alert(1)' } },
                { type: 'italic', attrs: { style: 'x' } },
              ],
            },
            { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
            null,
          ],
        },
        'not a node',
      ],
    } as unknown as RichNode
    expect(cleanRichDoc(hostile)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: '点我', marks: [{ type: 'italic' }] }],
        },
      ],
    })
  })
})
