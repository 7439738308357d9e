import { describe, expect, it } from 'vitest'
import { outlineToNodes } from './outlineToNodes'
import { computeNumbers, DEFAULT_NUMBERING } from '../outline/numbering'
import { buildTree, flattenTree } from '../outline/tree'
import { previewRows, roleLabel } from './previewRows'

describe('previewRows', () => {
  it('numbers the imported items with the standard scheme', () => {
    const rows = previewRows({
      preamble: [],
      items: [
        {
          title: '凝聚职工智慧',
          body: [[{ text: '正文' }], [{ text: '第二段' }]],
          children: [
            { title: '深化劳动竞赛', body: [], children: [] },
            {
              title: '提升创新能力',
              body: [],
              children: [{ title: '开展活动', body: [], children: [] }],
            },
          ],
        },
        { title: '加强自身建设', body: [], children: [] },
      ],
    })
    expect(rows.map((row) => [row.level, row.number + row.title])).toEqual([
      [1, '一、凝聚职工智慧'],
      [2, '（一）深化劳动竞赛'],
      [2, '（二）提升创新能力'],
      [3, '1.开展活动'],
      [1, '二、加强自身建设'],
    ])
    expect(rows[0].body).toBe('正文\n第二段')
  })

  it('names roles as the preview shows them', () => {
    const line = { sourceIndex: 0, text: 'x' }
    expect(roleLabel({ ...line, role: 'body' }, true)).toBe('前言')
    expect(roleLabel({ ...line, role: 'body' }, false)).toBe('正文')
    expect(roleLabel({ ...line, role: 'noise' }, false)).toBe('已删除的杂项')
    expect(roleLabel({ ...line, role: 'header' }, true)).toBe('文头')
  })
})

describe('previewRows and the app numbering', () => {
  it('gives the numbers computeNumbers gives the imported rows', () => {
    const leaf = (title: string) => ({ title, body: [], children: [] })
    const outline = {
      preamble: [],
      items: Array.from({ length: 12 }, (_, c) => ({
        title: `章${c}`,
        body: [],
        children: [
          leaf('a'),
          {
            ...leaf('b'),
            children: [
              leaf('c'),
              { ...leaf('d'), children: [leaf('e'), { ...leaf('f'), children: [leaf('g')] }] },
            ],
          },
        ],
      })),
    }
    let n = 0
    const tree = buildTree(outlineToNodes(outline, 'p', () => `r${n++}`).nodes)
    const numbers = computeNumbers(tree, DEFAULT_NUMBERING)
    const expected = flattenTree(tree).map((row) => numbers.get(row.node.id))
    expect(previewRows(outline).map((row) => row.number)).toEqual(expected)
  })
})
