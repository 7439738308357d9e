import { describe, expect, it } from 'vitest'
import { bodyHash, CONFLICT_SEPARATOR } from './bodyConflict'
import { foldDraftRows } from './foldDraftRows'
import { docFromText, docText } from './richText'
import type { OutlineNode } from './types'

const node = (id: string, body: string, extra: Partial<OutlineNode> = {}): OutlineNode => ({
  id,
  planId: 'P',
  parentId: null,
  orderKey: 'a0',
  title: '标题',
  body: docFromText(body),
  ...extra,
})

const rows = (...nodes: OutlineNode[]) => new Map(nodes.map((row) => [row.id, row]))

describe('folding the drafts an earlier version left (the version-7 upgrade)', () => {
  it('puts the typed text into its item and moves the plan’s count by the difference', () => {
    const { changed, charDelta } = foldDraftRows(rows(node('A', '旧文')), [
      { nodeId: 'A', planId: 'P', body: docFromText('新的正文') },
    ])
    expect(changed.map((row) => [row.id, docText(row.body), row.rev])).toEqual([
      ['A', '新的正文', 1],
    ])
    expect(charDelta.get('P')).toBe(2)
  })

  it('keeps both texts when the body was changed by another window after the draft’s base', () => {
    const stored = node('A', '另一窗口的文字', { bodySession: 'other' })
    const { changed } = foldDraftRows(rows(stored), [
      {
        nodeId: 'A',
        planId: 'P',
        body: docFromText('本窗口的文字'),
        baseHash: bodyHash(docFromText('原来')),
        session: 'mine',
      },
    ])
    const text = docText(changed[0].body)
    expect(text).toContain('本窗口的文字')
    expect(text).toContain('另一窗口的文字')
    expect(text).toContain(CONFLICT_SEPARATOR)
    expect(changed[0].bodySession).toBeUndefined()
  })

  it('leaves out drafts of items gone or of another plan, and drafts of the stored text', () => {
    const { changed, charDelta } = foldDraftRows(rows(node('A', '同样')), [
      { nodeId: 'gone', planId: 'P', body: docFromText('无处可去') },
      { nodeId: 'A', planId: 'Q', body: docFromText('别的计划') },
      { nodeId: 'A', planId: 'P', body: docFromText('同样') },
    ])
    expect(changed).toEqual([])
    expect(charDelta.size).toBe(0)
  })
})
