import { describe, expect, it } from 'vitest'
import { docFromText, docText } from '../outline/richText'
import type { RichDoc } from '../outline/types'
import { applyToDoc, applyToString } from './applyTextEdits'

describe('text edits of a fix', () => {
  it('replace in a string from the end, refused when the text changed', () => {
    const edits = [
      { from: 2, to: 3, before: '(', after: '（' },
      { from: 6, to: 7, before: ')', after: '）' },
    ]
    expect(applyToString('全年(节假日)', edits)).toBe('全年（节假日）')
    expect(applyToString('全年（节假日)', edits)).toBeNull()
  })

  it('replace inside a body across paragraphs, keeping marks', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '第一段,' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '加强', marks: [{ type: 'bold' }] },
            { type: 'text', text: '学习.' },
          ],
        },
      ],
    }
    expect(docText(doc)).toBe('第一段,\n加强学习.')
    const result = applyToDoc(doc, [
      { from: 3, to: 4, before: ',', after: '，' },
      { from: 9, to: 10, before: '.', after: '。' },
    ])
    expect(docText(result)).toBe('第一段，\n加强学习。')
    expect(result?.content?.[1].content?.[0]).toEqual(doc.content![1].content![0])
  })

  it('refused when the text at the place has changed', () => {
    expect(
      applyToDoc(docFromText('加强学习。'), [{ from: 4, to: 5, before: '.', after: '。' }]),
    ).toBeNull()
  })

  it('an edit that empties a text node leaves no empty text node', () => {
    const result = applyToDoc(docFromText('（一）'), [
      { from: 0, to: 3, before: '（一）', after: '' },
    ])
    expect(result).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})
