import { describe, expect, it } from 'vitest'
import { computeNumbers, DEFAULT_NUMBERING } from '../outline/numbering'
import { buildTree, flattenTree } from '../outline/tree'
import { outlineToNodes, richDocFromParagraphs } from './outlineToNodes'
import type { ImportedOutline } from './types'

const outline: ImportedOutline = {
  preamble: [[{ text: '总体思路是：' }]],
  items: [
    {
      title: '凝聚职工智慧',
      body: [],
      children: [
        { title: '深化劳动竞赛', body: [[{ text: '广泛开展。' }]], children: [] },
        {
          title: '提升创新能力',
          body: [
            [{ text: '大力开展' }, { text: '合理化建议', marks: ['bold', 'underline'] }],
            [],
            [{ text: '斜体', marks: ['italic', 'italic'] }, { text: '' }],
          ],
          children: [],
        },
      ],
    },
    { title: '加强自身建设', body: [], children: [] },
  ],
}

let counter = 0
const ids = () => `n${++counter}`

describe('outlineToNodes', () => {
  it('flattens the items in source order, numbered as the outline shows them', () => {
    counter = 0
    const { nodes } = outlineToNodes(outline, 'p1', ids)
    expect(nodes.map((node) => [node.id, node.parentId, node.title])).toEqual([
      ['n1', null, '凝聚职工智慧'],
      ['n2', 'n1', '深化劳动竞赛'],
      ['n3', 'n1', '提升创新能力'],
      ['n4', null, '加强自身建设'],
    ])
    expect(nodes.every((node) => node.planId === 'p1')).toBe(true)
    const tree = buildTree(nodes)
    const numbers = computeNumbers(tree, DEFAULT_NUMBERING)
    expect(flattenTree(tree).map((row) => numbers.get(row.node.id) + row.node.title)).toEqual([
      '一、凝聚职工智慧',
      '（一）深化劳动竞赛',
      '（二）提升创新能力',
      '二、加强自身建设',
    ])
  })

  it('keeps bold, italic and underline as Tiptap marks, empty paragraphs as empty', () => {
    const { nodes, preamble } = outlineToNodes(outline, 'p1', ids)
    expect(preamble).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '总体思路是：' }] }],
    })
    expect(nodes[0].body).toBeNull()
    expect(nodes[2].body).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '大力开展' },
            { type: 'text', text: '合理化建议', marks: [{ type: 'bold' }, { type: 'underline' }] },
          ],
        },
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: '斜体', marks: [{ type: 'italic' }] }],
        },
      ],
    })
  })

  it('gives no body and no preamble for none', () => {
    expect(richDocFromParagraphs([])).toBeNull()
    expect(outlineToNodes({ preamble: [], items: [] }, 'p').nodes).toEqual([])
  })
})
