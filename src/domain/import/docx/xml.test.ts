import { describe, expect, it } from 'vitest'
import { parseXml, W_NS, wChild } from './xml'

describe('parseXml', () => {
  it('resolves namespace prefixes, whatever they are called', () => {
    const root = parseXml(
      `<?xml version="1.0"?><!-- c --><x:document xmlns:x="${W_NS}"><x:body a:b="1" xmlns:a="urn:a"/></x:document>`,
    )
    expect(root).toMatchObject({ name: 'document', ns: W_NS })
    expect(wChild(root, 'body')).toEqual({
      name: 'body',
      ns: W_NS,
      attrs: { b: '1' },
      children: [],
    })
  })

  it('decodes entities, CDATA and > inside attribute values', () => {
    const root = parseXml(
      `<t v="a>b &quot;c&quot;">&lt;&#x5DE5;&#20316;&amp;<![CDATA[<计划>]]></t>`,
    )
    expect(root.attrs.v).toBe('a>b "c"')
    expect(root.children.join('')).toBe('<工作&<计划>')
  })

  it.each(['<a><b></a>', '<a>', '<a></b>', 'text only', '<a>1 < 2</a>'])('throws on %s', (xml) => {
    expect(() => parseXml(xml)).toThrow()
  })
})
