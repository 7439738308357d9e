import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { docFromText, docText } from '../outline/richText'
import type { RichDoc } from '../outline/types'
import { bodyOfFragment, writeBodyToFragment } from './bodyFragment'
import { setFragmentBody } from './setFragmentBody'

const RICH: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '坚持' },
        { type: 'text', text: '党的领导', marks: [{ type: 'bold' }] },
        { type: 'text', text: '，', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'hardBreak' },
        { type: 'text', text: '服务职工', marks: [{ type: 'underline' }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'paragraph', content: [{ type: 'text', text: '20xx年', marks: [{ type: 'slot' }] }] },
  ],
}

function fragmentWith(body: RichDoc | null): { doc: Y.Doc; fragment: Y.XmlFragment } {
  const doc = new Y.Doc()
  const fragment = doc.getXmlFragment('body')
  doc.transact(() => writeBodyToFragment(body, fragment))
  return { doc, fragment }
}

describe('body ⇄ Y.XmlFragment', () => {
  it('round-trips paragraphs, marks, hard breaks and empty paragraphs', () => {
    expect(bodyOfFragment(fragmentWith(RICH).fragment)).toEqual(RICH)
  })

  it('an empty body is an empty fragment and reads back as null', () => {
    expect(bodyOfFragment(fragmentWith(null).fragment)).toBeNull()
  })
})

describe('setFragmentBody: the smallest edit', () => {
  it('sets any body exactly', () => {
    const { doc, fragment } = fragmentWith(docFromText('一\n二\n三'))
    for (const body of [RICH, docFromText('只有一段'), null, docFromText('a\nb\nc\nd')]) {
      doc.transact(() => setFragmentBody(fragment, body))
      expect(bodyOfFragment(fragment)).toEqual(body)
    }
  })

  it('keeps formatting outside the changed characters, and adds none to new ones', () => {
    const { doc, fragment } = fragmentWith(RICH)
    const next = structuredClone(RICH)
    next.content![2] = {
      type: 'paragraph',
      content: [
        { type: 'text', text: '2026年', marks: [{ type: 'slot' }] },
        { type: 'text', text: '底' },
      ],
    }
    doc.transact(() => setFragmentBody(fragment, next))
    expect(bodyOfFragment(fragment)).toEqual(next)
  })

  it('a replace elsewhere merges with typing in the same paragraph', () => {
    const here = fragmentWith(docFromText('2025年要完成各项任务')).doc
    const there = new Y.Doc()
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here))
    // Here: a replace changes the year; there: someone types at the end.
    here.transact(() =>
      setFragmentBody(here.getXmlFragment('body'), docFromText('2026年要完成各项任务')),
    )
    const run = (there.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText
    there.transact(() => run.insert(run.length, '，确保落实'))
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here))
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there))
    expect(docText(bodyOfFragment(here.getXmlFragment('body')))).toBe(
      '2026年要完成各项任务，确保落实',
    )
    expect(bodyOfFragment(there.getXmlFragment('body'))).toEqual(
      bodyOfFragment(here.getXmlFragment('body')),
    )
  })
})
