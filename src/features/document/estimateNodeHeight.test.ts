import { describe, expect, it } from 'vitest'
import type { OutlineNode } from '../../domain/outline/types'
import { estimateNodeHeight } from './estimateNodeHeight'

const row = (title: string, paragraphs: string[] | null) => ({
  node: {
    id: 'n',
    planId: 'p',
    parentId: null,
    orderKey: 'a0',
    title,
    body: paragraphs && {
      type: 'doc' as const,
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  } satisfies OutlineNode,
  level: 1,
  index: 0,
  hasChildren: false,
})

describe('estimateNodeHeight', () => {
  it('an empty body still takes its placeholder line', () => {
    expect(estimateNodeHeight(row('标题', null))).toBeCloseTo(
      estimateNodeHeight(row('标题', ['短'])),
    )
  })

  it('grows with the lines the body wraps to', () => {
    const one = estimateNodeHeight(row('标题', ['字'.repeat(30)]))
    const three = estimateNodeHeight(row('标题', ['字'.repeat(100)]))
    const two = estimateNodeHeight(row('标题', ['字'.repeat(10), '字'.repeat(10)]))
    expect(three - one).toBeCloseTo(2 * (two - one))
    expect(three).toBeGreaterThan(two)
  })
})
