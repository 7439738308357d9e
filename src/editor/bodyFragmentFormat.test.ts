import { getSchema } from '@tiptap/core'
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { bodyOfFragment, writeBodyToFragment } from '../domain/document/bodyFragment'
import type { RichDoc } from '../domain/outline/types'
import { bodyExtensions } from './extensions'

/**
 * The domain writes bodies into Y.XmlFragments without ProseMirror; Tiptap's Collaboration
 * extension (y-tiptap) must read them as the same document, and what it writes must read back.
 */
const BODY: RichDoc = {
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
        { type: 'text', text: '××', marks: [{ type: 'slot' }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'paragraph', content: [{ type: 'text', text: '第二段' }] },
  ],
}

describe('body fragments in y-tiptap’s format', () => {
  const schema = getSchema(bodyExtensions())

  it('y-tiptap reads what the domain writes', () => {
    const doc = new Y.Doc()
    const fragment = doc.getXmlFragment('body')
    writeBodyToFragment(BODY, fragment)
    expect(yXmlFragmentToProsemirrorJSON(fragment)).toEqual(schema.nodeFromJSON(BODY).toJSON())
  })

  it('the domain reads what y-tiptap writes, and both write the same structure', () => {
    const doc = new Y.Doc()
    const theirs = prosemirrorJSONToYXmlFragment(schema, BODY, doc.getXmlFragment('theirs'))
    const ours = doc.getXmlFragment('ours')
    writeBodyToFragment(BODY, ours)
    expect(bodyOfFragment(theirs)).toEqual(BODY)
    expect(ours.toJSON()).toBe(theirs.toJSON())
  })
})
