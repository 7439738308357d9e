// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { bodyExtensions } from './extensions'
import { positionOfOffset } from './positionOfOffset'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('positionOfOffset', () => {
  it('gives the editor position of a docText offset (paragraphs, marks, a hard break)', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: bodyExtensions(),
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '第一段' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '到20' },
              { type: 'text', text: '25年', marks: [{ type: 'bold' }] },
              { type: 'hardBreak' },
              { type: 'text', text: '2025年底', marks: [{ type: 'italic' }] },
            ],
          },
        ],
      },
    })
    const { doc } = editor.state
    // '第一段\n到2025年\n2025年底': offset 4 is 到, in paragraph 2 (opens at 5): position 6.
    expect(positionOfOffset(doc, 0)).toBe(1)
    expect(positionOfOffset(doc, 4)).toBe(6)
    expect(positionOfOffset(doc, 10)).toBe(12)
  })
})
