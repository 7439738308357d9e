// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { bodyExtensions } from '../../editor/extensions'
import { findInPlan } from '../../domain/find/findInPlan'
import { DEFAULT_FIND_OPTIONS } from '../../domain/find/findOptions'
import type { RichDoc } from '../../domain/outline/types'
import { domRange } from './highlightMatches'
import { positionOfOffset } from '../../editor/positionOfOffset'

const body: RichDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '第一段工会' }] },
    { type: 'paragraph' },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '加强工' },
        { type: 'text', text: '会建设', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: '工会' },
      ],
    },
  ],
}
const matches = findInPlan({ preamble: body }, [], {
  text: '工会',
  options: DEFAULT_FIND_OPTIONS,
})

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('a match in the document', () => {
  it('maps to the same text in the live editor (paragraphs, empty ones, marks, line breaks)', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: bodyExtensions(),
      content: body,
    })
    expect(matches).toHaveLength(3)
    for (const match of matches) {
      const from = positionOfOffset(editor.state.doc, match.from)
      const to = positionOfOffset(editor.state.doc, match.to)
      expect(editor.state.doc.textBetween(from, to)).toBe('工会')
    }
  })

  it('maps to a DOM range over the rendered body, across marked runs', () => {
    const root = document.createElement('div')
    root.className = 'body-text'
    root.innerHTML =
      '<p><span>第一段工会</span></p><p><br class="ProseMirror-trailingBreak"></p>' +
      '<p><span>加强工</span><strong><span>会建设</span></strong><br><span>工会</span></p>'
    document.body.append(root)
    expect(matches.map((match) => domRange(root, match.from, match.to)?.toString())).toEqual([
      '工会',
      '工会',
      '工会',
    ])
    root.remove()
  })
})
