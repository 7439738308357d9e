import { describe, expect, it } from 'vitest'
import { phraseParagraphs, phraseRuns } from './phraseContent'

const slot = { type: 'text', text: '××', marks: [{ type: 'slot' }] }

describe('phraseRuns', () => {
  it('marks the slots and drops empty runs', () => {
    expect(phraseRuns('××加强××建设')).toEqual([
      slot,
      { type: 'text', text: '加强' },
      slot,
      { type: 'text', text: '建设' },
    ])
    expect(phraseRuns('')).toEqual([])
  })
})

describe('phraseParagraphs', () => {
  it('makes a one-line phrase one paragraph', () => {
    expect(phraseParagraphs('深入开展××活动')).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: '深入开展' }, slot, { type: 'text', text: '活动' }],
      },
    ])
  })

  it('splits paragraphs at each newline (\\n or \\r\\n); no newline stays in a text run', () => {
    const paragraphs = phraseParagraphs('第一段\r\n第二段××\n\n第四段')
    expect(paragraphs).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '第一段' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '第二段' }, slot] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: '第四段' }] },
    ])
    expect(JSON.stringify(paragraphs)).not.toMatch(/\\n|\\r/)
  })

  it('gives an empty phrase one empty paragraph', () => {
    expect(phraseParagraphs('')).toEqual([{ type: 'paragraph' }])
  })
})
